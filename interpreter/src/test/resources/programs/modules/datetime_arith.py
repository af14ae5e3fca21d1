# datetime/timedelta/date arithmetic, strftime/strptime, isocalendar, weekday math, timezones.
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), date(2023, 2, 28) + timedelta(days=1))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738000), d.replace(day=1))
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
dt = datetime(2024, 3, 10, 14, 30, 45, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.timestamp() if dt.tzinfo else "naive")
for f in ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%A %B %d %j %U %W", "%a %b %e" if False else "%a %b", "%f %%", "%c", "%x %X", "%G-W%V-%u"]:
    print(f, "->", dt.strftime(f))
print(datetime.strptime("2024-07-04T09:05:00", "%Y-%m-%dT%H:%M:%S"), datetime.strptime("5 Jan 99", "%d %b %y"))
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661.5, microseconds=7)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(-td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=1), timedelta(0.5))
print(timedelta(weeks=2) / timedelta(days=1), timedelta.max, timedelta.min, timedelta.resolution)
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 1, 1, 12, 0, tzinfo=utc)
b = a.astimezone(est)
print(a, b, a == b, b.tzname(), b.utcoffset(), repr(est), b.isoformat(), timezone(timedelta(hours=5, minutes=30)))
print(a.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
try:
    a < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(time(9, 30) < time(10), time(23, 59, 59, 999999).isoformat(), time.fromisoformat("04:05:06.5"), time(1, 2).replace(hour=3))
months = [date(2024, m, 1).strftime("%b") for m in range(1, 13)]
print(months)
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    import calendar
    last = calendar.monthrange(d.year + y, m + 1)[1]
    return d.replace(year=d.year + y, month=m + 1, day=min(d.day, last))
print(add_months(date(2024, 1, 31), 1), add_months(date(2024, 1, 31), 13), add_months(date(2024, 3, 15), -5))
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 1, 1, 24), lambda: timedelta(days=10**9)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
