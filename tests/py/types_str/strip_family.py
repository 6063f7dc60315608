# strip/lstrip/rstrip with and without char sets; removeprefix/removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), "hello".strip(""), "aaa".strip("a") == "")
print("www.example.com".strip("cmowz."))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print(repr("\u2003 x \u3000".strip()))
