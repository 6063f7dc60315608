# seed() with str, bytes, bytearray (version 2 via sha512), version 1 strings, and floats.
import random
for s in ["", "hello", "héllo wörld", b"bytes", bytearray(b"arr"), 1.5, -2.25, 0.0, 1e300]:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
for s in ["abc", b"abc", ""]:
    random.seed(s, version=1)
    print('v1', repr(s), random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    random.seed({})
except TypeError as e:
    print("TypeError:", e)
