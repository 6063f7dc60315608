# io.StringIO: construction, writing, reading, seeking, truncating, newlines.
import io
from io import StringIO


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(io.StringIO is StringIO, StringIO.__name__, StringIO.__module__)

s = StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell())
s.writelines(["a\n", "b\n", "c"])
print(repr(s.getvalue()))
print(s.seek(0), repr(s.read(5)), s.tell())
print(repr(s.readline()), repr(s.readline(1)), repr(s.readline(-1)))
print(repr(s.read()), repr(s.read()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(7), s.readlines(0))
s.seek(0)
print([line for line in s])
print(s.read(None), s.tell())

# Initial value: position 0, overwriting in place, padding past the end.
s = StringIO("abcdef")
print(s.tell(), s.write("XY"), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(10), s.write("!"), repr(s.getvalue()))
print(s.seek(True), repr(s.read(True)))
s = StringIO(initial_value="k")
print(repr(s.getvalue()), repr(StringIO(None).getvalue()), repr(StringIO().read()))

# Truncate keeps the position.
s = StringIO("abcdef")
s.seek(4)
print(s.truncate(2), s.tell(), repr(s.read()), repr(s.getvalue()))
print(s.truncate(10), repr(s.getvalue()))
s.seek(1)
print(s.truncate(), repr(s.getvalue()))

# Many small writes.
s = StringIO()
for i in range(1000):
    s.write(str(i % 10))
v = s.getvalue()
print(len(v), v[:12], s.tell())
s.seek(5)
s.write("----")
print(s.getvalue()[:15], s.tell(), len(s.getvalue()))

# Newline modes.
text = "x\r\ny\rz\n"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
s = StringIO(newline=None)
print(repr(s.newlines))
s.write("a\n")
print(repr(s.newlines))
s.write("b\r\n")
print(repr(s.newlines))
s.write("c\r")
print(repr(s.newlines), repr(s.getvalue()))
s = StringIO(newline="")
s.write("a\rb\r\nc")
s.seek(0)
print(list(s))

# The stream protocol.
s = StringIO()
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.flush())
print(s.encoding, s.errors, s.line_buffering)
with StringIO("in with") as f:
    print(f.read(), f.closed)
print(f.closed)

# print() into a StringIO.
buf = StringIO()
print("a", 1, [2], sep="-", end="!\n", file=buf)
print(file=buf)
print("x", "y", file=buf, flush=True)
print(repr(buf.getvalue()))

# A subclass.
class Upper(StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print("shout", file=u)
print(repr(u.getvalue()), isinstance(u, StringIO))

# Errors.
attempt("init bytes", lambda: StringIO(b"x"))
attempt("init int", lambda: StringIO(1))
attempt("newline int", lambda: StringIO("x", newline=1))
attempt("newline bad", lambda: StringIO("x", newline="a"))
attempt("write bytes", lambda: StringIO().write(b"x"))
attempt("write int", lambda: StringIO().write(1))
attempt("writelines bytes", lambda: StringIO().writelines([b"x"]))
attempt("read str", lambda: StringIO().read("a"))
attempt("read float", lambda: StringIO().read(1.5))
attempt("readline str", lambda: StringIO().readline("a"))
attempt("readlines str", lambda: StringIO("a").readlines("x"))
attempt("seek str", lambda: StringIO().seek("a"))
attempt("seek whence", lambda: StringIO().seek(0, 3))
attempt("seek negative", lambda: StringIO().seek(-1))
attempt("seek cur", lambda: StringIO().seek(1, 1))
attempt("seek end", lambda: StringIO().seek(-1, 2))
attempt("truncate negative", lambda: StringIO().truncate(-1))
attempt("truncate str", lambda: StringIO().truncate("a"))
attempt("fileno", lambda: StringIO().fileno())
attempt("detach", lambda: StringIO().detach())
try:
    StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation is OSError:", isinstance(e, OSError), isinstance(e, ValueError))

c = StringIO("data")
c.close()
c.close()
print(c.closed)
for name in ["read", "readline", "readlines", "getvalue", "tell", "flush", "readable",
             "writable", "seekable", "isatty", "__enter__", "__next__", "truncate", "__iter__"]:
    attempt("closed " + name, getattr(c, name))
attempt("closed write", lambda: c.write("x"))
attempt("closed seek", lambda: c.seek(0))
attempt("closed writelines", lambda: c.writelines(["x"]))
attempt("closed newlines", lambda: c.newlines)
