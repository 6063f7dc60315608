# The dis module lists garter's own instructions (not CPython's bytecode):
# a function, a method, a class, a code object, source text; code_info.
import dis


def add_one(n):
    if n < 2:
        return n + 1
    return n


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)


dis.dis(add_one)
print("--- method")
dis.dis(Point(3).norm)
print("--- class")
dis.dis(Point)
print("--- code object")
dis.dis(add_one.__code__)
print("--- source")
dis.dis("y = a * 2")
print("--- code_info")
print(dis.code_info(add_one).replace(__file__, "HERE"))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
