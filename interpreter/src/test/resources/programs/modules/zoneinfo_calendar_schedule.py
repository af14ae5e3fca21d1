# Dates for a shared calendar: zoneinfo conversions across DST, calendar month grids and helpers, strftime/strptime directives, time.strftime on fixed struct_times, isocalendar.
import calendar
import time
from datetime import date, datetime, time as dtime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ny, berlin, tokyo = ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Tokyo")
meeting = datetime(2024, 3, 10, 1, 30, tzinfo=ny)
for step in range(4):
    t = meeting + timedelta(hours=step)
    print(t.isoformat(), t.tzname(), t.utcoffset(), t.dst(), "->", t.astimezone(berlin).strftime("%H:%M %Z"))
fall = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
print(fall.tzname(), fall.replace(fold=1).tzname(), fall.replace(fold=1).utcoffset())
utc = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
for z in (ny, berlin, tokyo, ZoneInfo("UTC"), ZoneInfo("Asia/Kolkata")):
    local = utc.astimezone(z)
    print(f"{str(z):<18} {local:%Y-%m-%d %H:%M %z} {local.tzname()}")
print(repr(ny), ny.key)
try:
    ZoneInfo("Mars/Olympus")
except ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError:", e)
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)

cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(cal.formatmonth(2024, 2))
print(calendar.monthcalendar(2024, 9)[0], calendar.monthrange(2023, 2), calendar.isleap(1900))
print(calendar.leapdays(1990, 2030), calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.month_abbr)[1:4], calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(calendar.TextCalendar(calendar.SUNDAY).formatweekheader(3))
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 5).splitlines()[:3])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)

d = date(2024, 12, 30)
print(d.isocalendar(), d.isoweekday(), d.toordinal(), date.fromordinal(d.toordinal() + 2))
print(date.fromisocalendar(2025, 1, 1), d.strftime("%A %d %B %Y, day %j, week %U/%W"))
dt = datetime(2024, 2, 29, 23, 59, 58, 123456)
for fmt in ("%Y-%m-%dT%H:%M:%S.%f", "%d/%m/%y %I:%M %p", "%c", "%x %X", "%G-W%V-%u", "%%literal %a %b"):
    print(f"{fmt!r:>24} -> {dt.strftime(fmt)}")
print(datetime.strptime("2024-060", "%Y-%j"), datetime.strptime("Mar 5 2024 3PM", "%b %d %Y %I%p"))
print(datetime.strptime("2024-03-05 10:00 +0530", "%Y-%m-%d %H:%M %z").utcoffset())
for bad in (("2024-02-30", "%Y-%m-%d"), ("10:61", "%H:%M"), ("2024-01-01 extra", "%Y-%m-%d")):
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
st = time.struct_time((2024, 7, 4, 15, 5, 9, 3, 186, 0))
print(time.strftime("%Y/%m/%d %H.%M.%S %a %j", st), time.asctime(st))
print(time.strptime("04 Jul 2024", "%d %b %Y")[:7], time.gmtime(0)[:6], time.mktime(time.localtime(86400 * 365)) > 0)
print(dtime(9, 30).isoformat(timespec="minutes"), dtime.fromisoformat("23:59:59.5"), timedelta(days=-1, seconds=5))
print(timedelta(hours=25, microseconds=1) / timedelta(minutes=30), divmod(timedelta(hours=5), timedelta(hours=2)))
