# String indexing and slicing: negative indices, steps, out-of-range bounds, reversal.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3], s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1], s[2:8:3], s[::-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]), s[:-100] == "")
print(s[slice(2, 6)], s[slice(None, None, -1)], s[slice(-2, None)])
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[-11]
except IndexError as e:
    print(e)
try:
    s[0] = "z"
except TypeError as e:
    print(e)
print("é中😀"[1], "é中😀"[::-1], len("é中😀"))
