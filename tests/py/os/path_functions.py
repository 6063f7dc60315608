# os.path's string functions (posixpath): join, split, basename, dirname, splitext, normpath, abspath, isabs; import os.path.
import os.path
import os
cases = ["", "/", "//", "a", "a/", "/a/b", "/a/b/", "a/b.c", "a.b/c", ".bashrc", "a/.b.c", "a..", "...a", "//a//b/../c/", "./x/../../y", "a/b.tar.gz"]
for p in cases:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.join("a"), os.path.join("a", "b", "c"), os.path.join("/a", "/b", "c"), os.path.join("a/", "b"), os.path.join("a", ""), os.path.join("", "b"))
print(os.path.join(b"x", b"y"), os.path.basename(b"/p/q.r"), os.path.splitext(b"q.r"))
print(os.path.abspath("/x/../y/./z"), os.path.abspath("w") == os.path.join(os.getcwd(), "w"))
print(os.path is os.path, os.sep, repr(os.linesep), os.name, os.curdir, os.pardir)
for bad in [("a", 5), (5,)]:
    try:
        os.path.join(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.basename(5)
except TypeError as e:
    print("TypeError:", e)
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"), os.path.exists("/garter/no/such/path"), os.path.exists("/\0"))
try:
    os.path.getsize("/garter/no/such/path")
except FileNotFoundError as e:
    print(type(e).__name__, e)
