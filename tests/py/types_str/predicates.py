# Character-class predicates: isdigit/isalpha/isalnum/isspace/isupper/islower/isdecimal/isnumeric/isidentifier/istitle/isprintable/isascii.
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " \t\n", "½", "²", "٣", "x_1", "1x", "_",
           "Hello World", "hello world", "é", "中文", "a b", "\x00", "class"]
names = ["isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric",
         "isidentifier", "istitle", "isprintable", "isascii"]
print("sample", " ".join(names))
for s in samples:
    print(repr(s), " ".join("T" if getattr(s, n)() else "." for n in names))
