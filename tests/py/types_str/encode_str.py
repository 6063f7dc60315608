# str.encode with utf-8, ascii, latin-1 and error handlers.
s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(len(s), len(s.encode()), "😀".encode("utf-8"), "😀".encode("utf-16-le"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("abc".encode("utf-8").decode("utf-8"), s.encode().decode() == s)
