# with closes the file (also on an exception), iteration protocols, writelines, readlines(hint), repr.
import os
path = "/tmp/garter_test_io_with.txt"
with open(path, "w") as f:
    f.writelines(["l%d\n" % i for i in range(5)])
    print(repr(f) == "<_io.TextIOWrapper name=%r mode='w' encoding='UTF-8'>" % path)
print(f.closed)
try:
    with open(path) as f:
        print(next(f), end="")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e, f.closed)
with open(path) as f:
    print(iter(f) is f, next(f), next(iter(f)), end="")
    for n, line in enumerate(f):
        print(n, line.strip())
    print(next(f, "done"))
with open(path) as f:
    print(f.readlines(4))
    print(f.readlines(1))
    print(f.readlines())
with open(path) as f:
    print(sorted(f, reverse=True)[:2], f.read())
with open(path, "rb") as f:
    print(repr(f) == "<_io.BufferedReader name=%r>" % path)
with open(path, "w", encoding="utf-8") as f:
    print(repr(f).endswith("encoding='utf-8'>"))
with open(path, "w") as f:
    print("via print", 1, 2, file=f)
    print("second", file=f, end="!\n")
with open(path) as f:
    print(f.read(), end="")
f = open(path, "w")
f.write("unflushed")
g = open(path)
print(repr(g.read()))
f.flush()
print(repr(g.read()))
f.close()
g.close()
os.remove(path)
