# Conditional expressions: laziness, nesting and truthiness of various values.
def boom():
    raise RuntimeError("should not run")
print(1 if True else boom())
print(boom() if False else 2)
for v in [0, 1, "", "x", [], [0], None, 0.0, {}, set(), ()]:
    print(repr(v), "truthy" if v else "falsy")
x = 7
print("big" if x > 10 else "medium" if x > 5 else "small")
print([a if a % 2 else -a for a in range(5)])
