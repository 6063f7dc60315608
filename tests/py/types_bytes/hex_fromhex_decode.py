# bytes.hex with separators, bytes.fromhex, decode with encodings and error handlers.
b = bytes([0, 15, 16, 255, 171])
print(b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("00 0f 10 ff"), bytes.fromhex("DEADbeef"))
print(bytearray.fromhex("61 62").decode(), bytearray(b"ab").hex())
try:
    bytes.fromhex("0g")
except ValueError as e:
    print(e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(e)
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "ignore"), b"caf\xe9".decode("ascii", "backslashreplace"))
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xe9\x80".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)
print(len("€".encode()), "€".encode().decode() == "€")
