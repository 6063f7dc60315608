# traceback.format_exc/print_exc/format_exception (1- and 3-argument forms), format_exception_only, chained output
import sys
import traceback


def inner():
    raise ValueError("inner failed")


def outer():
    inner()


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return "".join(self.parts)


def show(text):
    # Paths differ between machines: keep the file's base name only.
    print(text.replace(__file__, "HERE"), end="")


try:
    outer()
except ValueError:
    show(traceback.format_exc())
    buf = Buf()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(sys.exception() is v)
    show("".join(traceback.format_exception(t, v, tb)))
    show("".join(traceback.format_exception(v)))
    print(traceback.format_exception_only(v))
    print(traceback.format_exception_only(t, v))

print(sys.exc_info())
print(sys.exception())
print(repr(traceback.format_exc()))

try:
    try:
        raise KeyError("missing")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
    print("--- chain=False")
    show("".join(traceback.format_exception(e, chain=False)))

try:
    try:
        raise ZeroDivisionError("zero")
    except ZeroDivisionError:
        raise TypeError("second")
except TypeError as e:
    show("".join(traceback.format_exception(e)))


class MyError(Exception):
    pass


print(traceback.format_exception_only(MyError("custom")))
print(traceback.format_exception_only(MyError()))
e = KeyError("k")
e.add_note("a note")
print(traceback.format_exception_only(e))
print(traceback.format_exception(ValueError("never raised")))
