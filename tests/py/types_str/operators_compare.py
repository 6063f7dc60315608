# String operators: +, *, in, comparisons (code point order), and iteration.
print("ab" + "cd", "ab" * 3, 3 * "-", "b" in "abc", "ac" in "abc", "" in "")
print("a" < "b", "Z" < "a", "abc" < "abd", "abc" < "ab", "é" > "z", "a" == "a", "a" != "A")
print(sorted(["banana", "Apple", "cherry", "apple", "éclair", "_x", "10", "9"]))
print(max("hello"), min("hello"), list("hi"), [c for c in "ok"], tuple("ab"))
print("abc" * 0 == "", "x" * -2 == "")
print(ord("a"), chr(97), ord("€"), chr(8364), ord("😀"), chr(0x1F600))
