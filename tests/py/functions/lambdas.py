# Lambda expressions: arguments, defaults, closures, immediate calls, in sort keys.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(sq.__name__, type(sq).__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda x: (lambda y: x + y))(1)(2))
kwonly = lambda *, k: k
print(kwonly(k=5))
