# Remaining str methods and constructors: str(), str(bytes, enc), maketrans/translate, len, hash equality.
print(str(), str(12), str(1.5), str([1]), str(b"ab"), str(b"ab", "utf-8"), str(None))
print(str(b"\xc3\xa9", encoding="utf-8"), str(b"\xff", "utf-8", "replace"))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), "abc".translate({97: None, 98: "BB"}))
t2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(t2), str.maketrans("ab", "cd", "e"))
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "x".__add__("y"))
print("a".join("bcd"), "abc".__contains__("b"), "Hi".__getitem__(1))
