# Binary modes: class names, mode strings, read(n)/readline/iteration, seek whence, truncate, bytearray writes.
import os
path = "/tmp/garter_test_io_binary_modes.bin"
for mode in ["wb", "rb", "ab", "r+b", "w+b", "ab+", "rb+"]:
    with open(path, mode) as f:
        print(mode, type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
os.remove(path)
with open(path, "xb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(b"0123456789\nabc\n"), f.write(bytearray(b"xyz")), f.tell())
with open(path, "rb") as f:
    print(f.read(4), f.tell(), f.read(0), f.readline(), f.readline(2), f.readline())
    print(f.read(), f.read(), f.read(5))
    print(f.seek(-3, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2), f.tell())
with open(path, "rb") as f:
    print(list(f))
with open(path, "rb") as f:
    print(f.readlines(), f.readlines())
with open(path, "r+b") as f:
    print(f.read(2))
    f.write(b"XY")
    print(f.tell(), f.read(3))
    print(f.truncate(8), f.tell())
with open(path, "rb") as f:
    print(f.read())
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
    try:
        f.write(12)
    except TypeError as e:
        print("TypeError:", e)
    f.writelines([b"a", bytearray(b"b"), b"c\n"])
with open(path, "rb") as f:
    print(f.read1(100), f.read1(100))
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read())
os.remove(path)
