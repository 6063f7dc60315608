# hasattr/getattr (with default)/setattr/delattr on instances, classes and modules.
import math
class C:
    cls_attr = "c"
c = C()
setattr(c, "x", 10)
print(getattr(c, "x"), c.x, hasattr(c, "x"), hasattr(c, "y"), getattr(c, "y", None), getattr(c, "cls_attr"))
delattr(c, "x")
print(hasattr(c, "x"), getattr(c, "x", "gone"))
setattr(C, "added", 5)
print(c.added, getattr(math, "pi") == math.pi, hasattr(math, "tau"), getattr(math, "nope", "default"))
setattr(c, "with space", 1)
print(getattr(c, "with space"), sorted(vars(c)))
for bad in [lambda: getattr(c, "missing"), lambda: delattr(c, "missing"), lambda: getattr(c, 5), lambda: setattr(1, "x", 2)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Prop:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Prop(), "boom")
except ValueError as e:
    print("hasattr propagates", e)
