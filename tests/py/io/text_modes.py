# Text modes w, r, a, x and their + variants: what is written, read, and where tell() points.
import os
path = "/tmp/garter_test_io_text_modes.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name == path, f.encoding, f.errors)
    print(f.readable(), f.writable(), f.seekable())
    print(f.write("alpha\n"), f.write(""), f.write("βeta\n"), f.tell())
with open(path) as f:
    print(f.mode, f.readable(), f.writable())
    print(repr(f.read()))
    print(repr(f.read()), f.tell())
with open(path, "a") as f:
    print(f.tell())
    f.write("gamma\n")
with open(path, "rt") as f:
    print(f.mode, f.readlines())
with open(path, "r+") as f:
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    f.write("ALP")
    f.seek(0)
    print(repr(f.readline()))
with open(path, "w+") as f:
    print(repr(f.read()))
    f.write("one\ntwo\n")
    print(f.tell(), f.seek(0), repr(f.read()))
with open(path, "a+") as f:
    f.write("three\n")
    f.seek(0)
    print(f.read().split())
os.remove(path)
with open(path, "x") as f:
    print(f.mode, f.writable(), f.readable())
with open(path, "x+" if False else "r") as f:
    print(repr(f.read()))
os.remove(path)
print(os.path.exists(path))
