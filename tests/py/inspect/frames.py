# sys._getframe and inspect.currentframe: f_code, f_lineno, f_globals, f_locals (function and module frames), f_back chain
import inspect
import sys


def inner(a, b=2):
    c = a + b
    # garter's frames are snapshots: read them on the line that takes them.
    return (sys._getframe().f_code.co_name, sys._getframe().f_lineno, sorted(sys._getframe().f_locals),
            sys._getframe().f_locals["c"], sys._getframe().f_globals is globals())


def outer():
    x = 10
    f = inspect.currentframe()
    back = sys._getframe(1)
    return f.f_code.co_name, back.f_code.co_name, f.f_back.f_code.co_name, inner(x)


def closure():
    captured = "cell value"

    def use():
        frame = sys._getframe()
        return frame.f_locals.get("captured"), frame.f_back.f_code.co_name
    return use()


print(outer())
print(closure())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals(), inspect.isframe(top))
print(sys._getframe(0).f_lineno)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)


def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n


print(depth())
