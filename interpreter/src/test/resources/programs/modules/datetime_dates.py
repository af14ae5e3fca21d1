# datetime.date and datetime.datetime without time zones: construction and CPython's range errors,
# arithmetic with timedelta and differences, comparisons, isoformat/fromisoformat, str and repr,
# strftime's directives, weekday/isocalendar/ordinals, replace and combine.
from datetime import date, datetime, time, timedelta

d = date(2024, 2, 28)
print(repr(d), d, d + timedelta(1), d + timedelta(2), d - date(2023, 2, 28), d - timedelta(days=59))
print(d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(d.toordinal()), d.isocalendar(), d.ctime())
for y, m, day in [(2021, 1, 3), (2020, 12, 31), (2026, 12, 28), (2027, 1, 1)]:
    print(date(y, m, day).isocalendar())
print(date.fromisoformat("2024-01-05"), date.fromisocalendar(2020, 53, 5), d.replace(day=1), date.min, date.max)
dt = datetime(2024, 1, 5, 10, 30)
print(repr(dt), dt, repr(datetime(2024, 1, 5)), repr(datetime(2024, 1, 5, 0, 0, 5)), repr(datetime(2024, 1, 5, 0, 0, 0, 7)))
print(dt.isoformat(), dt.isoformat(" ", "minutes"), datetime(2024, 1, 5, 1, 2, 3, 4500).isoformat(timespec="milliseconds"))
print(dt - datetime(2024, 1, 4, 12, 15), dt + timedelta(hours=20), datetime(2024, 1, 1) - timedelta(microseconds=1))
print(dt.date(), dt.time(), repr(dt.time()), datetime.combine(date(2024, 1, 5), time(8, 15)), dt.replace(hour=23))
print(datetime.fromisoformat("2024-01-05T10:30:00.123"), datetime.fromisoformat("2024-01-05 10:30"))
print(dt.strftime("%Y-%m-%d %H:%M:%S | %y %j %a %A %b %B %w %U %W | %I %p | %c | %x %X | %% %f"))
print(f"{d:%d/%m/%Y}", format(dt, ""), dt.strftime("%G-W%V-%u"))
print(dt < datetime(2024, 1, 5, 10, 31), dt == date(2024, 1, 5), d < date(2024, 3, 1), isinstance(dt, date))
print(sorted([date(2024, 1, 5), date(2023, 1, 1), date(2024, 1, 1)]), {d: "x"}[date(2024, 2, 28)])
print(repr(time(10, 30)), time(10, 30, 5, 12), time.fromisoformat("10:30:05"), time(9) < time(10), time(13).strftime("%I %p"))
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: date(2024),
            lambda: datetime(2024, 1, 5, 24), lambda: date(9999, 12, 31) + timedelta(1),
            lambda: date.fromisoformat("2024-1-5"), lambda: dt.isoformat(timespec="bad"), lambda: dt < d]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
