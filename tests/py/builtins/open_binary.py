# open() in binary mode: wb/rb/ab, bytes round trip, read(n), iteration, text/binary type errors.
import os
path = "/tmp/garter_test_open_binary.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data), f.mode)
with open(path, "rb") as f:
    back = f.read()
    print(back == data, len(back), type(back).__name__)
with open(path, "ab") as f:
    f.write(b"\r\nend\n")
with open(path, "rb") as f:
    print(f.read(3), f.read(2))
    f.seek(-5, 2)
    print(f.read())
with open(path, "rb") as f:
    lines = list(f)
    print(len(lines), lines[-1], type(lines[0]).__name__)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(e)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(e)
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print(f.read())
os.remove(path)
