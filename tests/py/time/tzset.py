# time.tzset with POSIX TZ rules (no zone database needed): zone constants, localtime, mktime, strftime %Z, ctime.
import os, time
for tz in ['UTC0', 'EST+05EDT,M3.2.0,M11.1.0', 'AEST-10AEDT,M10.1.0,M4.1.0/3', 'JST-9']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    for t in [0, 1700000000, 1690000000]:
        lt = time.localtime(t)
        print('  ', tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == t, time.strftime('%Y-%m-%d %H:%M:%S %Z', lt), time.ctime(t))
os.environ['TZ'] = 'JST-9'
print(time.localtime(0).tm_hour, time.localtime(0).tm_zone, time.strftime('%H %Z', time.localtime(0)))
os.environ['TZ'] = 'UTC0'
print(time.localtime(0).tm_hour, time.mktime((1970, 1, 2, 0, 0, 0, 0, 0, 0)))
