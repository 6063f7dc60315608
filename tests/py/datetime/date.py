# datetime.date: construction and its errors, attributes, repr/str/isoformat/ctime, ordinals, weekday/isoweekday/isocalendar, replace, arithmetic with timedelta, comparison, hashing, fromisoformat/fromisocalendar, min/max.
from datetime import date, timedelta
import datetime
for d in [date(2020, 1, 31), date(2020, 2, 29), date(2021, 1, 3), date(1, 1, 1), date(9999, 12, 31), date(2000, 12, 31), date(2024, 12, 30)]:
    print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.ctime())
ic = date(2020, 12, 31).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], ic == (2020, 53, 4))
print(date.fromordinal(1), date.fromordinal(737425), date.fromordinal(date(2019, 3, 1).toordinal() - 1))
print(date.fromisoformat('2020-05-17'), date.fromisoformat('20200517'), date.fromisoformat('2020-W20-7'), date.fromisocalendar(2020, 53, 5))
d = date(2020, 1, 31)
print(d.replace(month=2, day=29), d.replace(year=2021), d + timedelta(days=30), timedelta(1) + d, d - timedelta(days=31), date(2021, 3, 1) - date(2020, 3, 1))
print(d == date(2020, 1, 31), d < date(2020, 2, 1), d > date(2020, 2, 1), d != date(2020, 1, 30), d == '2020-01-31', max(date(2020, 1, 1), date(2019, 5, 5)))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
print(date.min, date.max, date.resolution, datetime.MINYEAR, datetime.MAXYEAR, type(d), date.__name__)
print(d.timetuple()[:8])
for f in [lambda: date(2020, 2, 30), lambda: date(2020, 13, 1), lambda: date(0, 1, 1), lambda: date(10000, 1, 1), lambda: date(2020, 1.5, 1),
          lambda: date(2020, 1), lambda: date.max + timedelta(1), lambda: date.fromisoformat('2020-5-17'), lambda: date.fromordinal(0),
          lambda: date.fromisocalendar(2021, 53, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
