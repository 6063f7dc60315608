# AttributeError messages for instances, classes, modules and builtins; getattr defaults.
class C:
    pass
for obj, name in [(C(), "x"), (C, "y"), (1, "z"), ("s", "up"), ([], "push"), (None, "n"),
                  ({}, "has_key"), (print, "attr"), (len, "q"), (type, "w")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
import math
try:
    math.nope
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    [].append = 1
except AttributeError as e:
    print(e)
try:
    del C().x
except AttributeError as e:
    print(e)
print(getattr(C(), "x", "dflt"), hasattr(1, "real"))
