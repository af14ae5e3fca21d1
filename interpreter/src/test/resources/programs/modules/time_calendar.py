# time's calendar functions in the C locale: struct_time, gmtime, asctime, strftime's directives
# (week numbers over more than a year of dates), the argument errors; localtime and mktime are
# checked against each other so that the output does not depend on the machine's time zone.
import time

print(time.gmtime(0))
print(time.asctime(time.gmtime(0)))
print(time.strftime('%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %e %T %D %F %R %C %k %l %P',
                    time.gmtime(1234567890)))
print(repr(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))), time.struct_time.n_sequence_fields)
g = time.gmtime(1700000000.7)
print(g.tm_year, g[0:6], len(g), g.tm_wday, g.tm_yday, tuple(g) == g[:])
for s in range(0, 400 * 86400, 37 * 86400 + 3601):
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %U %W %j %u %w', time.gmtime(s)))
for bad in [(1,), "x", (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0)]:
    try:
        time.strftime('%Y', bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = time.localtime(1e9)
print(type(t).__name__, time.mktime(t) == 1e9, isinstance(time.timezone, int), len(time.tzname), time.daylight in (0, 1))
print(time.ctime(1e9) == time.asctime(time.localtime(1e9)), time.asctime(time.gmtime(1e9)))
print(type(time.localtime()).__name__, time.localtime(None)[:2] == time.localtime()[:2])
