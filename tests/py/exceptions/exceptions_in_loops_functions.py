# Exceptions propagate through several frames and loop iterations until handled.
def parse_all(items):
    out = []
    for s in items:
        out.append(parse(s))
    return out
def parse(s):
    if not s:
        raise ValueError("empty item")
    return int(s)
try:
    parse_all(["1", "2", "", "4"])
except ValueError as e:
    print("failed:", e)
def safe(items):
    ok, bad = 0, 0
    for s in items:
        try:
            parse(s)
            ok += 1
        except ValueError:
            bad += 1
    return ok, bad
print(safe(["1", "", "x", "7", "0"]))
def gen_errors():
    for i in range(5):
        try:
            if i % 2:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield f"err{e}"
print(list(gen_errors()))
