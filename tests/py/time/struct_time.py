# gmtime of fixed timestamps gives struct_time with attributes, tuple behaviour and CPython's repr.
import time
for t in [0, 1, 86399, 86400, 951782400, 1700000000, 1700000000.99, -1, -86401, 2**31, 4102444800, -2208988800, 253402300799]:
    print(t, tuple(time.gmtime(t)))
g = time.gmtime(1234567890)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[1:3], list(g)[:3], isinstance(g, tuple))
y, m, d, *rest = g
print(y, m, d, rest, g == tuple(g), type(g).__name__, time.struct_time is type(g))
s = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0, 'XYZ', 3600))
print(s2.tm_zone, s2.tm_gmtoff, len(s2))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
try:
    time.gmtime('x')
except TypeError as e:
    print("TypeError:", e)
try:
    time.gmtime(float('nan'))
except ValueError as e:
    print("ValueError:", e)
