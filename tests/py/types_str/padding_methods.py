# center/ljust/rjust/zfill with widths, fill characters, and odd padding.
print(repr("ab".center(7)), repr("ab".center(6, "*")), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".rjust(5, ".")), repr("ab".ljust(1)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "123456".zfill(3), "".zfill(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
