# format() with and without specs for ints, floats, strings, and user __format__.
print(format(42), format(42, "5"), format(3.5, "08.3f"), format("s", ">3"), format(1234567, ","), format(0.5, "%"))
print(format(True), format(None), format([1, 2]), format(255, "#x"), format(-1, "b"))
class C:
    def __format__(self, spec):
        return "C:" + spec
print(format(C(), "abc"), format(C()))
try:
    format(object(), "x")
except TypeError as e:
    print(e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
