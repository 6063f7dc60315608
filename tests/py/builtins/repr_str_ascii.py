# repr(), str() and ascii() on builtins: quoting choices, escapes, nested containers.
for v in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "uni é", "\x1b", 42, 1.0, None, [1, "a"], ("x",), {"k": [None]}, {1}, b"b'q"]:
    print(repr(v), str(v), ascii(v))
print(ascii("€ 😀"), repr("€ 😀"), ascii(["ü"]))
print(str(), repr(""), str(123) + str(4.5))
