# %-formatting of bytes and conversions between bytes, str, and lists of ints.
print(b"%s-%d-%x" % (b"ab", 42, 255), b"%5s|%-5s|" % (b"a", b"b"), b"%c%c" % (65, b"B"))
print(b"%r" % b"x" if False else b"%a" % "é")
print(list(b"AB"), bytes([72, 105]).decode(), str(b"abc"), repr(bytearray(b"x")))
print(b"abc"[1], b"abc"[1:2], bytearray(b"abc")[1], bytearray(b"abc")[1:2])
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
