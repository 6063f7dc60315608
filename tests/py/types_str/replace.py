# str.replace with counts, empty patterns, and no-match cases.
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "aaaa".replace("aa", "b"))
print("banana".replace("ana", "ANA"), "a.b.c".replace(".", ", ", -1))
