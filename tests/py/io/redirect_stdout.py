# print() follows a replaced sys.stdout; contextlib.redirect_stdout captures output.
import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("captured", 1, 2, sep=",")
    print("second line", end="")
    sys.stdout.write("|direct")
print("target is buf:", target is buf)
print("after:", repr(buf.getvalue()))
print("restored:", sys.stdout is sys.__stdout__)

# Nested redirections restore in order.
outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("to outer")
    with contextlib.redirect_stdout(inner):
        print("to inner")
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()))

# An exception inside still restores sys.stdout.
buf = io.StringIO()
try:
    with contextlib.redirect_stdout(buf):
        print("before error")
        raise KeyError("k")
except KeyError as e:
    print("caught", e, repr(buf.getvalue()))


# Any object with a write method works, and print calls it per piece.
class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


rec = Recorder()
saved = sys.stdout
sys.stdout = rec
print("a", "b", flush=True)
print()
sys.stdout = saved
print(rec.calls)

# print(file=...) still wins over sys.stdout.
buf, other = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(buf):
    print("explicit", file=other)
print(repr(buf.getvalue()), repr(other.getvalue()))

# sys.stdout = None: print writes nothing.
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("back")

# redirect_stderr with a BytesIO-free text buffer.
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
