# strftime and asctime of fixed struct_times/tuples, and ctime/mktime round trips independent of the zone.
import time
t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%j %U %W %w %u', '%y %I %p %M', '%c', '%x %X', '%%', '', '%e|%D|%T|%R',
            'plain text', '%Y年%m月', '%G-W%V-%u', '%C %g %h %n %t|']:
    print(repr(fmt), repr(time.strftime(fmt, t)))
print(time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(1700000000)))
print(time.asctime(t), time.asctime(time.gmtime(0)), time.asctime((2024, 12, 25, 0, 0, 0, 2, 360, 0)))
print(time.strftime('%d %m %j', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2)]:
    try:
        time.strftime('%Y', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.strftime('%Y', [2024, 1, 1, 0, 0, 0, 0, 1, 0])
except TypeError as e:
    print("TypeError:", e)
for ts in [0, 1000000000, 1700000000]:
    lt = time.localtime(ts)
    print(time.mktime(lt) == ts, time.ctime(ts) == time.asctime(lt), len(time.ctime(ts)))
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), len(time.tzname))
