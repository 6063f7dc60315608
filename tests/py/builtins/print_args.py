# print(): sep, end, file=sys.stdout, flush, no arguments, and non-string objects.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, [1], {"k": "v"}, (1,), sep=" | ")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(sep="-", end="<end>\n")
print("x", end=None)
print("y", sep=None)
print(*range(5), sep="+")
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", bad=1)
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
print(file=None)
