# bytearray: mutation by index/slice, append/extend/insert/pop/remove/reverse/clear, += and conversions.
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
ba.reverse()
print(ba)
ba += b"+"
ba *= 2
print(ba, bytes(ba), ba == bytes(ba), type(ba + b"x").__name__)
del ba[0]
del ba[::2]
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"))
for bad in [lambda: ba.append(256), lambda: bytearray(b"a").remove(98), lambda: bytearray().pop()]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
x = bytearray(b"abc")
x[::2] = b"XZ"
print(x, x.upper(), x.find(b"b"), x.decode())
try:
    hash(bytearray())
except TypeError as e:
    print(e)
