# datetime.timedelta: constructor keywords and floats, normalisation, repr/str, total_seconds, arithmetic (+ - * / // % divmod, abs, neg), comparison, hashing, bool, min/max/resolution, overflow.
from datetime import timedelta
cases = [timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1),
         timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5), timedelta(weeks=2, milliseconds=1500),
         timedelta(hours=36), timedelta(minutes=-90), timedelta(days=0.5), timedelta(seconds=1.25), timedelta(hours=1.5, minutes=0.25),
         timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(days=-1.5), timedelta(2, -1, -1)]
for td in cases:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a, b = timedelta(hours=5), timedelta(hours=2)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, a / b, a // b, a % b, divmod(a, b), a / 4, a // 4, a / 1.5)
print(a > b, a < b, a == timedelta(minutes=300), a != b, a >= a, b <= a, a == 5, sorted([a, b, timedelta(0)]))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), len({timedelta(1), timedelta(hours=24), timedelta(2)}))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
for f in [lambda: timedelta(days=1000000000), lambda: timedelta.max + timedelta(1), lambda: timedelta(1) / 0, lambda: timedelta('1')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
