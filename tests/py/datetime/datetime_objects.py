# datetime.datetime: construction, repr/str/isoformat, date()/time()/timetz(), combine, replace, arithmetic with timedelta and between datetimes (naive and aware), comparison rules with dates and between naive/aware, hashing, astimezone, timestamp/fromtimestamp with tz=timezone.utc, fromisoformat, min/max.
from datetime import datetime, date, time, timedelta, timezone
d = datetime(2020, 5, 17, 13, 45, 30, 123456)
print(d, repr(d), d.isoformat(), d.isoformat(' '), d.isoformat(timespec='minutes'), d.ctime(), d.date(), d.time(), repr(d.timetz()))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), repr(datetime(2020, 1, 1, 1, 2, 0, 7)), datetime(2020, 1, 1))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.weekday(), d.isoweekday(), d.isocalendar(), isinstance(d, date))
print(datetime.combine(date(2020, 1, 1), time(5, 6)), repr(datetime.combine(date(2020, 1, 1), time(5, 6, tzinfo=timezone.utc))), datetime.combine(date(2020, 1, 1), time(5), tzinfo=timezone.utc))
print(d.replace(year=2000, microsecond=0), d.replace(tzinfo=timezone.utc), d.replace(day=31, month=1))
print(d + timedelta(days=20), d - timedelta(hours=14), timedelta(minutes=30) + d, datetime(2021, 1, 1) - datetime(2020, 1, 1), datetime(2020, 1, 1) - datetime(2020, 1, 1, 0, 0, 1))
tz2 = timezone(timedelta(hours=2))
a = datetime(2020, 1, 1, 12, tzinfo=tz2)
u = datetime(2020, 1, 1, 10, tzinfo=timezone.utc)
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst(), a == u, hash(a) == hash(u), a - u, a - datetime(2020, 1, 1, tzinfo=timezone.utc))
print(a.astimezone(timezone.utc), u.astimezone(tz2), repr(u.astimezone(timezone(timedelta(hours=-8), 'PST'))), a.astimezone(tz2) is a)
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), a.timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
for ts in [0, 1600000000, 1600000000.5, -1.25, 1e9 + 0.0000005, 86399.9999996]:
    print(ts, datetime.fromtimestamp(ts, tz=timezone.utc), datetime.fromtimestamp(ts, timezone.utc).timestamp(), datetime.utcfromtimestamp(ts))
print(repr(datetime.fromtimestamp(1600000000, tz2)))
for s in ['2020-05-17', '2020-05-17T13:45', '2020-05-17 13:45:30', '2020-05-17T13:45:30.123', '2020-05-17T13:45:30.123456+02:00',
          '2020-05-17T13:45:30Z', '20200517T134530', '2020-05-17T13:45:30-05:30', '2020-W20-7T01:02']:
    print(s, repr(datetime.fromisoformat(s)))
print(datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) < datetime(2020, 1, 2), datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc))
print(len({datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0), datetime(2020, 1, 2)}), sorted([datetime(2021, 1, 1), datetime(2020, 6, 1)]))
print(datetime.min, datetime.max, datetime.resolution)
now = datetime.now()
today = date.today()
print(type(now).__name__, type(today).__name__, now.year >= 2024, abs(datetime.now(timezone.utc) - datetime.now(timezone.utc)) < timedelta(seconds=5), datetime.now(timezone.utc).tzinfo)
for f in [lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc), lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc),
          lambda: date(2020, 1, 1) < datetime(2020, 1, 1), lambda: datetime(2020, 1, 1) < date(2020, 1, 1), lambda: datetime.max + timedelta(1),
          lambda: datetime(2020, 1, 1, 25), lambda: datetime.fromisoformat('2020-05-17T'), lambda: datetime.fromisoformat('nope'),
          lambda: datetime.combine(5, time())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
