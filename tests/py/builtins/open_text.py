# open() in text mode: w, r, a, x, r+, w+, iteration by line, readline(s), read(n), seek/tell, with.
import os
path = "/tmp/garter_test_open_text.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.closed)
    print(f.write("line one\n"), f.write("line two\nline three\n"))
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print(f.read(4), repr(f.read(5)), f.tell())
    f.seek(0)
    print(repr(f.read().splitlines()[-1]))
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__)
with open(path, "r+") as f:
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
with open(path, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read())
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
os.remove(path)
with open(path, "x") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(list(f))
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
