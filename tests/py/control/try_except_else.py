# try/except/else/finally ordering in the normal, handled and unhandled cases.
def run(f):
    log = []
    try:
        try:
            log.append("try")
            f()
        except ValueError:
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except Exception as e:
        log.append("outer " + type(e).__name__)
    print(log)
def ok(): pass
def bad_value(): raise ValueError
def bad_type(): raise TypeError
run(ok)
run(bad_value)
run(bad_type)
try:
    pass
finally:
    print("finally without except")
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple caught", type(e).__name__)
try:
    [][0]
except LookupError as e:
    print("base caught", type(e).__name__)
try:
    raise KeyError("k")
except IndexError:
    print("no")
except KeyError:
    print("second clause")
except Exception:
    print("no")
