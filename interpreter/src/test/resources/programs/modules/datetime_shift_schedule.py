# Shift planning with datetime: timedelta arithmetic and its normalisation, strftime/strptime
# directives (%j %U %W %a %b %p %I %f %z), isoformat/fromisoformat with offsets, timezone math
# and comparisons, replace, combine, and the errors of bad values.
from datetime import date, datetime, time, timedelta, timezone

start = datetime(2026, 3, 27, 22, 30)
shift = timedelta(hours=9, minutes=15)
for i in range(4):
    s = start + i * timedelta(days=1, hours=1)
    e = s + shift
    print(s.strftime("%a %d %b %Y %I:%M %p"), "->", e.strftime("%H:%M (%j, week %U/%W)"), e - s)
print(timedelta(days=-1, seconds=5), timedelta(hours=-1.5), repr(timedelta(weeks=1, milliseconds=3)))
print(timedelta(days=1) / timedelta(hours=7), timedelta(days=1) // timedelta(hours=7), timedelta(days=1) % timedelta(hours=7))
print(divmod(timedelta(hours=25), timedelta(hours=24)), timedelta(seconds=1) * 1.5, abs(timedelta(-3)), timedelta(hours=1).total_seconds())
print(str(timedelta(microseconds=-1)), timedelta.max, timedelta.min, timedelta.resolution)
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
t = datetime(2026, 12, 7, 18, 0, tzinfo=cet)
print(t.isoformat(), t.astimezone(ist).isoformat(), t.astimezone(timezone.utc), t.tzname(), t.astimezone(ist).tzname())
print(t.utcoffset(), ist, repr(ist), timezone.utc, repr(timezone(timedelta(0))), timezone(-timedelta(hours=3, minutes=30)))
print(t == t.astimezone(ist), t.timestamp(), datetime.fromtimestamp(0, timezone.utc))
for s in ["2026-12-07", "2026-12-07T18:00:00+01:00", "2026-12-07 18:00:00.123456", "2026-12-07T18:00Z" if False else "2026-12-07T18:00", "2026-12-07T18:00:00.5+05:30"]:
    try:
        print(s, "->", repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "error", e)
print(date.fromisoformat("2026-01-31"), time.fromisoformat("07:08:09.000100"), time(7, 8, 9, 100).isoformat("milliseconds"))
print(datetime(2026, 1, 2, 3, 4, 5, 6).isoformat(sep=" ", timespec="microseconds"), datetime(2026, 1, 2).isoformat(timespec="hours"))
for text, fmt in [("07/12/2026 18:05", "%d/%m/%Y %H:%M"), ("Mon, 07 Dec 2026 06:05:00 PM", "%a, %d %b %Y %I:%M:%S %p"),
                  ("2026-341", "%Y-%j"), ("18:05:01.25 +0130", "%H:%M:%S.%f %z"), ("2026 w49 1", "%Y w%W %w")]:
    d = datetime.strptime(text, fmt)
    print(repr(d))
for text, fmt in [("2026-13-01", "%Y-%m-%d"), ("7 Dec", "%d %b %Y"), ("x", "%Q")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
d = date(2024, 2, 29)
print(d.replace(year=2025) if False else "", d + timedelta(days=365), d.isocalendar(), d.isoweekday(), d.weekday(), d.toordinal())
try:
    d.replace(year=2025)
except ValueError as e:
    print("ValueError:", e)
for args in [(2026, 2, 30), (2026, 0, 1), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime(2026, 1, 1, tzinfo=cet) - datetime(2026, 1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2026, 1, 1, tzinfo=cet) < datetime(2026, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(datetime.combine(date(2026, 12, 7), time(9, 30), tzinfo=ist), datetime(2026, 12, 7, 23, 59).date(), datetime(2026, 12, 7, 23, 59).timetz())
print(date(2026, 12, 7).ctime(), datetime(2026, 12, 7, 5, 6, 7).ctime(), date.min, date.max, datetime.min)
print(f"{datetime(2026, 7, 4, 9, 5):%Y/%m/%d %-H}" if False else f"{datetime(2026, 7, 4, 9, 5):%Y/%m/%d %H:%M}", format(date(2026, 7, 4), ""), f"{time(1, 2):%H h %M}")
print(sorted([date(2026, 5, 1), date(2025, 12, 31), date(2026, 1, 1)]), max(timedelta(1), timedelta(hours=25)))
print(datetime(2026, 3, 29, 1, 59).timetuple()[:7], date(2026, 12, 31).timetuple().tm_yday)
