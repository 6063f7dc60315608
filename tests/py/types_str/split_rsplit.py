# str.split and str.rsplit: separators, maxsplit, whitespace splitting without arguments.
s = "  a  b\tc\nd   "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aXbXc".split("X", 0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "x".split("x"))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("a b c".split(sep=" ", maxsplit=-1), "\u2003x\u00a0y".split())
print("1<>2<>3".split("<>"), "abcabc".split("b"), "aaa".split("a"))
try:
    "a".split("")
except ValueError as e:
    print(e)
