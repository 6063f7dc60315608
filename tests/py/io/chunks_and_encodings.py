# Reads that cross the 8 KiB read chunk (multi-byte characters and \r\n split across it), tell() after partial reads, other encodings.
import os
path = "/tmp/garter_test_io_chunks.txt"
line = "é" * 1000 + "\r\n"
with open(path, "w", newline="") as f:
    for i in range(20):
        f.write(str(i) + line)
with open(path) as f:
    lines = f.readlines()
print(len(lines), {len(l) for l in lines}, lines[7][:3], repr(lines[-1][-3:]))
with open(path) as f:
    total = 0
    while True:
        chunk = f.read(333)
        if not chunk:
            break
        total += len(chunk)
    print(total, f.tell(), os.path.getsize(path))
with open(path) as f:
    f.readline()
    f.readline()
    pos = f.tell()
    third = f.readline()
    f.seek(pos)
    print(pos, f.readline() == third)
with open(path, "rb") as f:
    data = f.read()
print(len(data), sum(1 for i in range(1, len(data)) if data[i] == 10 and data[i - 1] == 13))
with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café\n"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()), f.tell())
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
with open(path, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with open(path, "w", encoding="ascii", errors="strict") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError")
with open(path, "w", encoding="utf-16") as f:
    f.write("hi\n")
with open(path, encoding="utf-16") as f:
    print(repr(f.read()))
os.remove(path)
