# nonlocal binds to the nearest enclosing function scope, skipping class scopes, and shared cells.
def make_counter():
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        count = 0
    return incr, reset
incr, reset = make_counter()
incr(); incr(5)
print(incr())
reset()
print(incr())
def layered():
    a = "outer"
    def mid():
        a = "mid"
        def inner():
            nonlocal a
            a = "inner changed mid"
        inner()
        return a
    return mid(), a
print(layered())
def with_class():
    v = 1
    class K:
        def bump(self):
            nonlocal v
            v += 1
            return v
    k = K()
    k.bump(); k.bump()
    return v
print(with_class())
