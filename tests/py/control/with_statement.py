# with-statements: enter/exit order, as-targets, multiple items, exceptions passed to __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("outer"):
    with CM("inner"):
        print("nested")
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
try:
    with CM("first", suppress=False), CM("second", suppress=True):
        raise RuntimeError("inner only")
    print("second suppressed it")
except RuntimeError:
    print("not reached")
with (CM("p1") as p, CM("p2")):
    print("parenthesized", p)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM("loop" + str(i)):
        if i == 0:
            continue
        break
