# chr() and ord() round trips across ASCII, Latin-1, BMP and astral code points; errors.
for cp in [0, 65, 97, 127, 233, 960, 8364, 65535, 128512, 0x10FFFF]:
    print(cp, repr(chr(cp)), ord(chr(cp)) == cp)
print(ord("A"), ord(b"A"), ord(bytearray(b"z")))
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord(""), lambda: ord("ab"), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
