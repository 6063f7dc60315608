# find/rfind/index/rindex/count with start/end bounds, empty substrings, negative indices.
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o", 0, 10))
print(s.find("o", -5), s.find("", 3), s.find("", 100), s.rfind(""), s.find("h", 1, 2))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 5, -3))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1))
for call in [lambda: s.index("xyz"), lambda: s.rindex("xyz"), lambda: s.index("h", 1, 5)]:
    try:
        call()
    except ValueError as e:
        print(e)
