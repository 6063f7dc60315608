# datetime.time and datetime.timezone: construction and errors, repr/str/isoformat with timespec, fromisoformat, replace, utcoffset/tzname, comparison (naive vs aware), hashing; timezone names, repr, utc singleton, min/max.
from datetime import time, timezone, timedelta, datetime
for t in [time(), time(12, 30), time(12, 30, 15), time(1, 2, 3, 4), time(23, 59, 59, 999999), time(12, 0, tzinfo=timezone.utc),
          time(8, 15, tzinfo=timezone(timedelta(hours=-5, minutes=-30))), time(1, fold=1)]:
    print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.utcoffset(), t.tzname(), t.dst(), t.fold)
t = time(1, 2, 3, 456789)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(1, 2).isoformat(spec))
print(time.fromisoformat('10:20'), time.fromisoformat('10:20:30.5'), time.fromisoformat('10:20:30+02:00'), time.fromisoformat('T102030'), repr(time.fromisoformat('10:20:30Z')))
print(t.replace(hour=5), t.replace(microsecond=0), t.replace(tzinfo=timezone.utc), time.min, time.max, time.resolution)
print(time(1) < time(2), time(1) == time(1, 0), time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))), time(1) == time(1, tzinfo=timezone.utc))
print(hash(time(5, 6)) == hash(time(5, 6)), hash(time(12, tzinfo=timezone.utc)) == hash(time(13, tzinfo=timezone(timedelta(hours=1)))))
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=2)), timezone(timedelta(hours=-3, minutes=-30), 'X'),
           timezone(timedelta(seconds=61)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None), tz == timezone(tz.utcoffset(None)))
print(timezone(timedelta(0)) is timezone.utc, hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'A')))
for f in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 1000000), lambda: time(1, tzinfo=5),
          lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: timezone(timedelta(hours=24)), lambda: timezone(5),
          lambda: time(1).isoformat('days'), lambda: time.fromisoformat('25:00'), lambda: timezone(timedelta(0), 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
