# strptime basics: numeric and named fields, %p, %j, %f, %z, defaults, and its errors.
import time
cases = [('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'), ('5 Mar 2024', '%d %b %Y'), ('Tuesday March 05 24', '%A %B %d %y'),
         ('07:30 PM', '%I:%M %p'), ('12:15 am', '%I:%M %p'), ('2024 060', '%Y %j'), ('1999', '%Y'), ('29 Feb', '%d %b'),
         ('10:11:12.5', '%H:%M:%S.%f'), ('2024-01-01T00:00:00+0530', '%Y-%m-%dT%H:%M:%S%z'), ('20240102', '%Y%m%d'),
         ('  1  2', ' %d %m'), ('1/2/70', '%m/%d/%y'), ('Tue Mar  5 14:07:09 2024', '%a %b %d %H:%M:%S %Y'),
         ('Tue Mar  5 14:07:09 2024', None), ('10%', '%d%%'), ('utc 2000', '%Z %Y')]
for s, f in cases:
    r = time.strptime(s) if f is None else time.strptime(s, f)
    print(repr(s), tuple(r), r.tm_zone, r.tm_gmtoff)
for s, f in [('2024-13-01', '%Y-%m-%d'), ('2024-01-01 extra', '%Y-%m-%d'), ('x', '%q'), ('1', '%'), ('30 Feb 2023', '%d %b %Y'),
             ('abc', '%Y')]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)
