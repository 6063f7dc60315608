def guarded(f, items):
    for item in items:
        try:
            f(item)
        except (ValueError, TypeError) as e:
            print("bad", e)
            continue
        except Exception:
            raise
        else:
            print("ok")
        finally:
            print("done")

def managed(path):
    with open(path) as fh, lock:
        return fh.read()

def gen(it):
    received = yield from it
    assert received, "nothing"
    yield received
