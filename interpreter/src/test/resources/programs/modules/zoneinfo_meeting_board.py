# A meeting board over time zones: zoneinfo conversions across DST changes, calendar month grids, strftime/strptime formats, time.struct_time of fixed dates
import calendar
import time
from datetime import date, datetime, time as dtime, timedelta, timezone
from zoneinfo import ZoneInfo

zones = ["America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "UTC"]
meeting = datetime(2024, 3, 28, 15, 30, tzinfo=ZoneInfo("Europe/Berlin"))
for z in zones:
    local = meeting.astimezone(ZoneInfo(z))
    print(f"{z:20} {local:%a %d %b %H:%M} {local.tzname():5} {local.utcoffset()} dst={local.dst()}")
print("fold/gap:")
ny = ZoneInfo("America/New_York")
for dt in (datetime(2024, 3, 10, 2, 30, tzinfo=ny), datetime(2024, 11, 3, 1, 30, tzinfo=ny),
           datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny)):
    print(" ", dt.isoformat(), dt.tzname(), dt.astimezone(timezone.utc).isoformat())
weekly = [meeting + timedelta(weeks=w) for w in range(3)]
print([w.astimezone(ZoneInfo("America/New_York")).strftime("%m/%d %I:%M %p") for w in weekly])
print("utc offset text:", datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime("%z %Z"))
print(calendar.month(2024, 2))
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
for week in cal.monthdatescalendar(2024, 3)[:2]:
    print([d.day for d in week])
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(list(calendar.day_abbr), calendar.month_name[9])
tc = calendar.TextCalendar(calendar.MONDAY)
print(tc.formatweekheader(3))
print(calendar.timegm((2024, 3, 28, 14, 30, 0)), time.gmtime(0)[:6])
st = time.strptime("2024-02-29 23:59:58", "%Y-%m-%d %H:%M:%S")
print(st.tm_yday, st.tm_wday, time.strftime("%j %U %W %a", st), time.asctime(st))
for text, fmt in (("31/12/2023", "%d/%m/%Y"), ("Mar 5 2024 7PM", "%b %d %Y %I%p"), ("2024-W10-1", "%G-W%V-%u")):
    print(datetime.strptime(text, fmt))
for text, fmt in (("2024-02-30", "%Y-%m-%d"), ("12:61", "%H:%M"), ("2024", "%Y-%m")):
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
d = date(2024, 12, 30)
print(d.isocalendar(), d.isoweekday(), d.toordinal(), date.fromordinal(738000), d.replace(day=1) - timedelta(days=1))
print(dtime(9, 5, 7, 123).isoformat(timespec="milliseconds"), datetime(2024, 1, 1).timestamp() if False else "-")
try:
    ZoneInfo("Mars/Olympus")
except Exception as e:
    print(type(e).__name__, e)
print(datetime(2024, 6, 1, 12, tzinfo=ZoneInfo("Asia/Kolkata")) - datetime(2024, 6, 1, 12, tzinfo=timezone.utc))
