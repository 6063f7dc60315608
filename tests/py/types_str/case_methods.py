# Case methods: upper/lower/title/capitalize/swapcase/casefold, including non-ASCII.
for s in ["hello World", "HELLO", "they're bill's friends", "123abc", "ß straße", "ÉCOLE été"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("hello world".title(), "HELLO wORLD".capitalize(), "a1b2c3".title())
