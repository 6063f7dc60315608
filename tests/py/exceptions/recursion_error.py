# Unbounded recursion (direct, mutual, and through a method) raises a catchable RecursionError; afterwards
# normal calls work again.
def direct(n):
    return direct(n + 1)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
class Node:
    def depth(self):
        return 1 + self.depth()
for f in [lambda: direct(0), lambda: ping(0), lambda: Node().depth()]:
    try:
        f()
    except RecursionError as e:
        print(type(e).__name__, isinstance(e, RuntimeError), "maximum recursion depth exceeded" in str(e))
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
try:
    direct(0)
except Exception as e:
    print("caught as Exception:", type(e).__name__)
