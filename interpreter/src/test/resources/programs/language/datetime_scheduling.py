# Date arithmetic as scheduling code does it: timedelta normalisation and reprs, adding months
# by hand (end-of-month clamping with calendar.monthrange), weekdays and ISO weeks,
# strftime/strptime round trips and ValueErrors, fixed-offset timezones and astimezone,
# comparisons of naive and aware datetimes (TypeError), date ranges, and the age of a person.
from datetime import date, datetime, time, timedelta, timezone
import calendar

d = timedelta(days=1, hours=25, minutes=-30, seconds=3661.5)
print(repr(d), str(d), d.days, d.seconds, d.microseconds, d.total_seconds())
print(repr(timedelta(-1)), str(timedelta(seconds=-1)), timedelta(weeks=1) / timedelta(days=2), timedelta(hours=5) // timedelta(hours=2), timedelta(minutes=7) % timedelta(minutes=3), -timedelta(hours=1), abs(timedelta(-3)))
print(timedelta(days=1) * 1.5, timedelta(seconds=1) / 3, timedelta.max, timedelta.resolution)

def add_months(day, months):
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))

start = date(2024, 1, 31)
print([str(add_months(start, k)) for k in range(0, 5)], add_months(date(2023, 3, 15), -3))
print(start.weekday(), start.isoweekday(), start.isocalendar(), start.strftime("%A %d %B %Y, week %W, day %j"), calendar.isleap(2024), calendar.day_name[start.weekday()])
print(date.fromisocalendar(2024, 1, 1), date.fromordinal(738000), start.toordinal(), date(2024, 3, 1) - date(2024, 2, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
meetings = [datetime(2024, 5, 6, 9, 30) + timedelta(weeks=w) for w in range(4)]
print([m.strftime("%a %d %b %H:%M") for m in meetings])
stamp = "2024-02-29 23:59:58"
dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
print(dt, repr(dt), dt + timedelta(seconds=3), dt.date(), dt.time(), dt.isoformat(sep=" ", timespec="minutes"), datetime.fromisoformat("2024-02-29T10:00:00+05:30"))
for bad in [("2023-02-29", "%Y-%m-%d"), ("31/12/2024", "%d-%m-%Y"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [(2024, 13, 1), (2023, 2, 29), (2024, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
utc_dt = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(utc_dt, utc_dt.astimezone(ist), utc_dt.astimezone(ist).tzname(), utc_dt.astimezone(timezone(timedelta(hours=-4))), repr(ist), str(timezone(timedelta(0))))
print(utc_dt == utc_dt.astimezone(ist), utc_dt.utcoffset(), utc_dt.timestamp(), datetime.fromtimestamp(0, timezone.utc), utc_dt.replace(tzinfo=None))
try:
    utc_dt < datetime(2024, 6, 1)
except TypeError as e:
    print("TypeError:", e)
print(utc_dt == datetime(2024, 6, 1, 12), time(23, 59, 59, 999999), time(7, 5).strftime("%I:%M %p"), time.fromisoformat("04:23:01.000384"), time(12) < time(13))
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(2000, 2, 29), date(2024, 2, 28)), age(date(2000, 2, 29), date(2024, 2, 29)), age(date(1990, 12, 31), date(2024, 1, 1)))
print(calendar.month(2024, 2))
print(sorted([date(2024, 1, 2), date(2023, 12, 31), date(2024, 1, 1)]), max(meetings).day, date.min, date.max, datetime(2024, 1, 1).weekday())
try:
    date(2024, 1, 1) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
