# Meeting times across time zones: datetime arithmetic, zoneinfo with DST transitions (fold),
# strftime/isoformat/fromisoformat, timedelta formatting, calendar month pages, weekday math,
# and time.strftime/gmtime on fixed timestamps.
import calendar, time
from datetime import date, datetime, time as dtime, timedelta, timezone
from zoneinfo import ZoneInfo

zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "UTC"]
meet = datetime(2024, 3, 10, 14, 30, tzinfo=ZoneInfo("America/New_York"))
print(meet, meet.tzname(), meet.utcoffset(), meet.dst())
for z in zones:
    local = meet.astimezone(ZoneInfo(z))
    print(f"{z:<18} {local:%a %Y-%m-%d %H:%M %Z (%z)} {local.dst()}")

ny = ZoneInfo("America/New_York")
before = datetime(2024, 3, 10, 1, 59, tzinfo=ny)
print(before + timedelta(minutes=1), (before + timedelta(minutes=1)).tzname())
gap = datetime(2024, 3, 10, 2, 30, tzinfo=ny)
print(gap.utcoffset(), gap.astimezone(timezone.utc))
amb0 = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
amb1 = amb0.replace(fold=1)
print(amb0.tzname(), amb1.tzname(), amb0 == amb1, amb1.astimezone(timezone.utc) - amb0.astimezone(timezone.utc))
utc = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
for k in range(3):
    t = (utc + timedelta(minutes=30 * k)).astimezone(ny)
    print(t.isoformat(), t.fold)

fixed = timezone(timedelta(hours=5, minutes=45), "NPT")
d = datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=fixed)
print(d, d.isoformat(timespec="milliseconds"), repr(fixed), fixed.tzname(None), str(timezone(-timedelta(hours=3))))
print(datetime.fromisoformat("2024-02-29T12:00:00+05:45") == d.replace(hour=12, minute=0, second=0, microsecond=0))
print(datetime.fromisoformat("2024-03-01 08:00"), date.fromisoformat("2024-03-01").isocalendar())
print(date(2024, 12, 30).isocalendar(), date.fromisocalendar(2025, 1, 1), date(2024, 1, 1).toordinal())
td = timedelta(days=3, hours=-2, seconds=61.5)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(microseconds=-1), timedelta(weeks=1) / 7, divmod(timedelta(days=1), timedelta(hours=7)))
for s in ("2024-13-01", "29/02/2023"):
    try:
        datetime.strptime(s, "%Y-%m-%d" if "-" in s else "%d/%m/%Y")
    except ValueError as e:
        print("ValueError:", e)
try:
    ZoneInfo("Mars/Olympus")
except Exception as e:
    print(type(e).__name__, e)
try:
    datetime(2024, 1, 1, tzinfo=ny) - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)

cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 2), end="")
print(calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.weekday(2024, 3, 10))
print([calendar.day_abbr[i] for i in range(7)], calendar.month_name[11])
sundays = [d for d in calendar.Calendar().itermonthdates(2024, 3) if d.weekday() == 6 and d.month == 3]
print(sundays)
print(calendar.timegm((2024, 3, 10, 19, 30, 0)), time.strftime("%Y-%m-%dT%H:%M:%SZ %j %U %a", time.gmtime(1710099000)))
st = time.strptime("10 Mar 2024 14:30", "%d %b %Y %H:%M")
print(st.tm_yday, st.tm_wday, st[:6], time.asctime(st))
print(dtime(9, 5).strftime("%I:%M %p"), dtime.fromisoformat("23:59:59.5"), dtime(1, 2, 3, tzinfo=fixed).utcoffset())
print(datetime(2024, 3, 10, 14, 30).strftime("%%|%-d|%e|%C|%G-W%V-%u"))
