# Bytes literals: b-prefix, escapes, raw bytes, repr.
print(b'abc', B"xyz", b'')
print(b'\x00\x01\xff', b'\n\t\\', b"it's")
print(rb'\n', br'\x00', Rb'a\b')
print(b'a' b'b', len(b'\x00abc'))
print(list(b'AZaz09'))
print(repr(b'\x7f\x80 ~'), repr(b"'"), repr(b'"'), repr(b'\'"'))
print(b'\101\102')
print(type(b'').__name__)
