# Strings are immutable: methods return new strings; item assignment fails.
s = "hello"
t = s.upper()
print(s, t, s is not t)
try:
    s[0] = "H"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
u = s
s += " world"
print(s, u)
try:
    s.attr = 1
except AttributeError as e:
    print(e)
