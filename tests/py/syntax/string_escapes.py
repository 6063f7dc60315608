# String escapes: simple escapes, octal, hex, unicode, named, and repr of each.
s = "\n\t\r\\\'\"\a\b\f\v\0"
print(repr(s))
print([ord(c) for c in s])
print("\x41\x62\101\141\7", repr("\x00\x7f"))
print("\u00e9\u4e2d\U0001F600")
print(repr("\u00e9"), repr("\x80"), repr("\u200b"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\U0001F600"), len("\N{BULLET}"))
print(repr("\d"), repr("\q"))
print("tab\there")
