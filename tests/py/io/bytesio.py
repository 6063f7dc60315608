# io.BytesIO: construction, writing, reading, seeking, truncating, errors.
import io
from io import BytesIO


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(io.BytesIO is BytesIO, BytesIO.__name__, BytesIO.__module__)

b = BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world\n")), b.tell())
b.writelines([b"a\n", b"b\n", b"c"])
print(b.getvalue())
print(b.seek(0), b.read(5), b.tell())
print(b.readline(), b.readline(1), b.readline(-1))
print(b.read(), b.read(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print(b.readlines(7), b.readlines(0))
b.seek(0)
print([line for line in b])
b.seek(0)
print(b.read1(3), b.read1(), b.read(None))

b = BytesIO(b"abcdef")
print(b.tell(), b.write(b"XY"), b.getvalue(), b.tell())
print(b.seek(0, 2), b.seek(-2, 1), b.seek(-1, 2), b.seek(-50, 1), b.seek(-50, 2), b.seek(10))
print(b.write(b"!"), b.getvalue())
print(b.seek(True), b.read(True))
print(BytesIO(bytearray(b"ba")).getvalue(), BytesIO(None).getvalue(), BytesIO(initial_bytes=b"k").getvalue())

b = BytesIO(b"abcdef")
b.seek(4)
print(b.truncate(2), b.tell(), b.read(), b.getvalue())
print(b.truncate(10), b.getvalue())
b.seek(1)
print(b.truncate(), b.getvalue())

b = BytesIO(b"abcde")
ba = bytearray(3)
print(b.readinto(ba), ba, b.readinto(ba), ba, b.readinto(ba))

b = BytesIO()
for i in range(1000):
    b.write(bytes([48 + i % 10]))
print(len(b.getvalue()), b.getvalue()[:12], b.tell())

print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.flush())
with BytesIO(b"in with") as f:
    print(f.read(), f.closed)
print(f.closed)

attempt("init str", lambda: BytesIO("x"))
attempt("init int", lambda: BytesIO(1))
attempt("write str", lambda: BytesIO().write("x"))
attempt("write int", lambda: BytesIO().write(1))
attempt("writelines str", lambda: BytesIO().writelines(["x"]))
attempt("seek negative", lambda: BytesIO().seek(-1))
attempt("seek whence", lambda: BytesIO().seek(0, 3))
attempt("seek str", lambda: BytesIO().seek("a"))
attempt("truncate negative", lambda: BytesIO().truncate(-1))
attempt("read str", lambda: BytesIO().read("a"))
attempt("fileno", lambda: BytesIO().fileno())

c = BytesIO(b"data")
c.close()
c.close()
print(c.closed)
for name in ["read", "read1", "readline", "readlines", "getvalue", "tell", "flush", "readable",
             "writable", "seekable", "isatty", "__enter__", "__next__", "truncate"]:
    attempt("closed " + name, getattr(c, name))
attempt("closed iter", lambda: iter(c) is c)
attempt("closed write", lambda: c.write(b"x"))
attempt("closed seek", lambda: c.seek(0))
