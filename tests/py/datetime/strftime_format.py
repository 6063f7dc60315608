# strftime and format() on fixed dates, times and datetimes: every common directive (names, padding, day of year, week numbers, ISO week, 12-hour clock, %z/%Z for aware values, %%), f-strings.
from datetime import datetime, date, time, timezone, timedelta
fmt = '%Y|%m|%d|%H|%M|%S|%f|%a|%A|%b|%B|%j|%U|%W|%w|%u|%y|%p|%I|%c|%x|%X|%G|%V|%%|%e|%C|%F|%T|%D|%R|%-d|%-m|%-H|%h'
for d in [datetime(2020, 5, 17, 13, 45, 30, 123456), datetime(2021, 1, 1, 0, 0), datetime(1999, 12, 31, 23, 59, 59), datetime(2024, 2, 29, 12, 5, 9),
          datetime(2018, 12, 31, 9, 1, 2), datetime(5, 3, 4, 0, 0)]:
    print(d.strftime(fmt))
print(date(2020, 5, 17).strftime(fmt))
print(time(13, 45, 30, 5).strftime('%H:%M:%S.%f %p %I %Y-%m-%d'))
a = datetime(2020, 5, 17, 13, 45, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(a.strftime('%z %Z'), datetime(2020, 1, 1, tzinfo=timezone.utc).strftime('%z %Z'), datetime(2020, 1, 1).strftime('[%z][%Z]'),
      datetime(2020, 1, 1, tzinfo=timezone(-timedelta(hours=3), 'BRT')).strftime('%z %Z'), time(1, tzinfo=timezone.utc).strftime('%H %z %Z'))
d = datetime(2020, 5, 17, 13, 45, 30)
print(f'{d:%d/%m/%Y %H:%M}', format(d, ''), '{:%A}'.format(d), f'{date(2020, 1, 2):%j}', f'{time(5, 6):%H.%M}', format(date(2020, 1, 1)))
