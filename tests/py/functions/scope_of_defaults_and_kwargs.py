# Keyword arguments matching parameter names, kwargs capturing the rest, duplicate detection.
def f(a, b=0, **rest):
    return a, b, rest
print(f(1, b=2, c=3), f(b=1, a=2), f(a=1, self=2))
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(1, **{1: 2})
except TypeError as e:
    print(e)
