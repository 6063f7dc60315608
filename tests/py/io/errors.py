# open() argument errors, OSError subclasses with errno, closed files and io.UnsupportedOperation.
import io
import os
path = "/tmp/garter_test_io_errors.txt"
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)
for mode in ["q", "rw", "rr", "b", "+", "bt", "r+b+", "U", "wx", ""]:
    attempt(repr(mode), lambda: open(path, mode))
attempt("enc", lambda: open(path, "wb", encoding="utf-8"))
attempt("errors", lambda: open(path, "wb", errors="strict"))
attempt("newline", lambda: open(path, "wb", newline=""))
attempt("unbuffered", lambda: open(path, "w", buffering=0))
attempt("badenc", lambda: open(path, "w", encoding="no-such-codec"))
attempt("float", lambda: open(3.5))
attempt("modeint", lambda: open(path, 5))
attempt("closefd", lambda: open(path, closefd=False))
attempt("kw", lambda: open(path, bogus=1))
attempt("none", lambda: open())
try:
    open("/tmp/garter_no_such_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError))
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e)
with open(path, "w") as f:
    f.write("data\n")
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
f = open(path)
attempt("write-r", lambda: f.write("x"))
f.close()
f.close()
print(f.closed)
for name in ["read", "readline", "readlines", "tell", "fileno", "flush", "__enter__", "__next__"]:
    attempt("closed-text " + name, getattr(f, name))
attempt("closed-text seek", lambda: f.seek(0))
attempt("closed-text write", lambda: f.write("x"))
f = open(path, "w")
try:
    f.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
attempt("write-bytes", lambda: f.write(b"x"))
attempt("seek-cur", lambda: f.seek(1, 1))
attempt("seek-end", lambda: f.seek(-1, 2))
attempt("seek-neg", lambda: f.seek(-1))
attempt("seek-whence", lambda: f.seek(0, 3))
f.close()
b = open(path, "rb")
attempt("write-rb", lambda: b.write(b"x"))
b.close()
for name in ["read", "readline", "tell", "fileno", "seekable"]:
    attempt("closed-bin " + name, getattr(b, name))
b = open(path, "wb")
attempt("read-wb", lambda: b.read())
b.close()
attempt("closed-bin write", lambda: b.write(b"x"))
attempt("closed-bin flush", b.flush)
os.remove(path)
