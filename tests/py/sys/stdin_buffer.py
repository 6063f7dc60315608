# sys.stdin.buffer reads bytes: readline, read(n), iteration and read() to the end.
import sys
b = sys.stdin.buffer
print(b.readline(), b.read(3), b.readline())
for line in b:
    print(line)
    break
print(b.read(), b.read(), b.mode, b.name)
