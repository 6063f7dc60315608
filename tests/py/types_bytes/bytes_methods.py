# bytes methods mirroring str: split/join/strip/replace/find/count/startswith/partition and predicates.
b = b"  alpha,beta,,gamma  "
print(b.strip(), b.split(b","), b.strip().split(b",", 1), b.split(), b.rsplit(b",", 1))
print(b",".join([b"a", b"b"]), b"".join([b"x", bytearray(b"y")]), b"abc".replace(b"b", b"BB"))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".index(b"e"), b"hello".count(b"l"), b"hello".find(108))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"k=v".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"AB".isupper(), b"ab".islower())
print(b"hello world".title(), b"Hello".swapcase(), b"abc".capitalize(), b"ab".center(6, b"*"), b"7".zfill(3))
print(b"a\nb\r\nc".splitlines(), b"x\ty".expandtabs(4), b"  x ".lstrip(), b"xxaxx".rstrip(b"x"))
print(b"prefix-rest".removeprefix(b"prefix-"), b"abc".ljust(5, b"."), b"abc".rjust(5))
try:
    b"abc".join(["s"])
except TypeError as e:
    print(e)
