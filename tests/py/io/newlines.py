# Universal newlines on read and newline translation on write, for each newline= value.
import os
path = "/tmp/garter_test_io_newlines.txt"
with open(path, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r\n\re")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(path, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(path) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read(3)), f.tell())
with open(path) as f:
    print([f.readline() for _ in range(6)])
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=nl) as f:
        f.write("x\ny\r\n")
    with open(path, "rb") as f:
        print(repr(nl), f.read())
try:
    open(path, newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, newline=5)
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
