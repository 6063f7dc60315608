# callable() on functions, builtins, classes, instances with and without __call__, methods, lambdas.
class WithCall:
    def __call__(self): pass
class Without: pass
for v in [len, print, lambda: 0, WithCall, WithCall(), Without(), 5, "s", [].append, str.upper, None, type]:
    print(callable(v), end=" ")
print()
