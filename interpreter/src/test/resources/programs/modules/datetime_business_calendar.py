# Business-day arithmetic with datetime and calendar: adding working days over weekends and a
# holiday list, the last business day of each month (monthrange), ISO weeks (isocalendar,
# fromisocalendar), quarter boundaries, nth weekday of a month (Thanksgiving-style), ages
# and durations with timedelta, strftime/strptime round trips, and date errors.
import calendar
from datetime import date, datetime, timedelta

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 9, 2),
            date(2024, 11, 28), date(2024, 12, 25)}

def is_business(d):
    return d.weekday() < 5 and d not in HOLIDAYS

def add_business_days(d, n):
    step = 1 if n >= 0 else -1
    while n:
        d += timedelta(days=step)
        if is_business(d):
            n -= step
    return d

def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n >= 0 else days[n]

start = date(2024, 6, 28)
for n in (1, 3, 5, -1, -10, 30):
    print(f"{start:%a %d %b} {n:+3d} business days -> {add_business_days(start, n):%a %Y-%m-%d}")
print([f"{calendar.month_abbr[m]} {max(d for d in (date(2024, m, day) for day in range(1, calendar.monthrange(2024, m)[1] + 1)) if is_business(d)):%d}" for m in range(1, 13)])
print(nth_weekday(2024, 11, calendar.THURSDAY, 3), nth_weekday(2024, 5, calendar.MONDAY, -1), nth_weekday(2024, 9, calendar.MONDAY, 0))
year_days = [date(2024, 1, 1) + timedelta(days=i) for i in range(366)]
print(sum(map(is_business, year_days)), sum(1 for d in year_days if d.weekday() >= 5))
for d in (date(2024, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2026, 12, 31)):
    iso = d.isocalendar()
    print(d, iso, tuple(iso), iso.week, date.fromisocalendar(*iso) == d, d.strftime("%G-W%V-%u %j %U %W"))
def quarter(d):
    q = (d.month - 1) // 3
    first = date(d.year, 3 * q + 1, 1)
    last = date(d.year, 3 * q + 3, calendar.monthrange(d.year, 3 * q + 3)[1])
    return q + 1, first, last
print([quarter(date(2024, m, 15)) for m in (2, 5, 8, 11)])
born = date(1990, 2, 28)
today = date(2024, 2, 28)
age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age, (today - born).days, (today - born) // timedelta(weeks=1), divmod(today - born, timedelta(days=365)))
shift = timedelta(hours=7, minutes=45)
print(shift * 5, shift / 2, shift.total_seconds(), -shift, abs(-shift), str(timedelta(days=-1, seconds=5)), repr(timedelta(microseconds=-1)))
for text, fmt in [("2024-03-15 14:30", "%Y-%m-%d %H:%M"), ("15/Mar/2024:14:30:00", "%d/%b/%Y:%H:%M:%S"), ("Friday, March 15, 2024", "%A, %B %d, %Y"), ("24-3-5", "%y-%m-%d")]:
    dt = datetime.strptime(text, fmt)
    print(repr(dt), dt.strftime(fmt) == text, dt.strftime("%c | %x | %X | %I:%M %p"))
print(calendar.isleap(2100), calendar.leapdays(2000, 2100), calendar.weekday(2024, 2, 29), calendar.day_name[calendar.weekday(2024, 2, 29)])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 2))
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date.fromisocalendar(2024, 53, 1),
            lambda: datetime.strptime("2024-02-30", "%Y-%m-%d"), lambda: date(2024, 1, 1) + 5, lambda: timedelta(days=10 ** 9)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
date.fromisoformat("2024-02-30")
