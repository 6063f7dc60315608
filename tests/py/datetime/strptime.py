# datetime.strptime: numeric and named directives (%Y %m %d %H %M %S %f %y %b %B %a %I %p %j %z %%), whitespace, and CPython's ValueErrors for mismatches and leftover text.
from datetime import datetime
cases = [('2020-01-02', '%Y-%m-%d'), ('2020-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('02/01/99 7:5', '%d/%m/%y %H:%M'),
         ('Jan 5 2021', '%b %d %Y'), ('5 March 1999', '%d %B %Y'), ('Monday, 3 jan 2022', '%A, %d %b %Y'),
         ('03:04:05.123', '%H:%M:%S.%f'), ('11:30 PM', '%I:%M %p'), ('12:01 am', '%I:%M %p'), ('2020 060', '%Y %j'),
         ('2020-01-02T03:04:05+0530', '%Y-%m-%dT%H:%M:%S%z'), ('2020-01-02 03:04 -08:00', '%Y-%m-%d %H:%M %z'), ('2020-01-02Z', '%Y-%m-%d%z'),
         ('10%', '%d%%'), ('  2020  ', ' %Y '), ('07', '%m')]
for s, f in cases:
    print(repr(s), repr(f), repr(datetime.strptime(s, f)))
for s, f in [('2020-13-01', '%Y-%m-%d'), ('2020-01-02 extra', '%Y-%m-%d'), ('x', '%Y'), ('2020', '%Q'), ('2020-02-30', '%Y-%m-%d')]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print('ValueError:', e)
