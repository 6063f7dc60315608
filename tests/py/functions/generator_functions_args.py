# Generator functions with default, keyword-only and *args parameters; argument errors are raised at call time.
def gen(a, b=2, *rest, step=1, **kw):
    yield a
    yield b
    yield from rest
    yield step
    yield sorted(kw)
print(list(gen(1)), list(gen(1, 5, 6, 7, step=3, z=1, y=2)))
try:
    gen()
except TypeError as e:
    print(e)
