# sys.stdin: readline, iteration, input() interleaved on the same buffer, read(n), readlines, buffer (bytes), attributes.
import sys
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(4)))
n = 0
for line in sys.stdin:
    n += 1
    print(n, repr(line))
    if n == 2:
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.fileno(), sys.stdin.readable(), sys.stdin.closed, sys.stdin is sys.__stdin__)
try:
    input()
except EOFError as e:
    print('EOFError:', e)
