# Function annotations are stored in __annotations__ and not enforced.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return a
print(f.__annotations__)
print(f("not an int"))
def g(x, y):
    pass
print(g.__annotations__)
def h() -> None: pass
print(h.__annotations__)
