# Unbounded recursion raises RecursionError, which is catchable; the program continues.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__)
    print(isinstance(e, RuntimeError))
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(200))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", type(e).__name__)
