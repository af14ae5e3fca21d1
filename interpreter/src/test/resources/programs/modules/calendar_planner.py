# A shift planner: calendar (monthcalendar, itermonthdays2, HTMLCalendar's rows, setfirstweekday,
# month/week headers), datetime ranges with timedelta steps, ISO weeks, business-day counting,
# strftime with padding flags, and a fixed-width printed roster.
import calendar
from datetime import date, datetime, timedelta

HOLIDAYS = {date(2024, 5, 1), date(2024, 5, 9), date(2024, 5, 20)}
start, end = date(2024, 4, 29), date(2024, 6, 2)

def business_days(a, b):
    d, n = a, 0
    while d <= b:
        if d.weekday() < 5 and d not in HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

print(business_days(start, end), (end - start).days + 1)
staff = ["ann", "bob", "cy"]
roster, k = {}, 0
d = start
while d <= end:
    if d.weekday() < 5 and d not in HOLIDAYS:
        roster[d] = staff[k % len(staff)]
        k += 1
    d += timedelta(days=1)
for wk in sorted({day.isocalendar()[1] for day in roster}):
    days = [day for day in roster if day.isocalendar()[1] == wk]
    print(f"W{wk:02d} " + " ".join(f"{day:%a %-d/%-m}={roster[day]}" for day in days))
print(calendar.month(2024, 5, w=3, l=1), end="")
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.monthcalendar(2024, 5))
calendar.setfirstweekday(calendar.MONDAY)
print([(d, calendar.day_abbr[w]) for d, w in calendar.Calendar().itermonthdays2(2024, 5) if d][:5])
html = calendar.HTMLCalendar(calendar.MONDAY).formatmonth(2024, 5)
print(html.count("<tr>"), html.splitlines()[1])
print(calendar.TextCalendar().formatyear(2024, 2, 1, 1, 4).splitlines()[:4])
for fmt in ("%d %B %Y", "%-d %b", "%_d|%e", "%A %j", "%U %W %V", "%G-W%V-%u", "%y%m%d", "%I:%M %p", "%H%M%S", "%^a %^B", "%10A|", "%-I%P"):
    print(f"{fmt:<12}", datetime(2024, 5, 9, 7, 5, 3).strftime(fmt))
print(date(2024, 12, 30).strftime("%G %V %g"), date(2021, 1, 3).strftime("%G-%V %Y-%U"), date(2020, 12, 31).strftime("%V %G"))
print(date(1, 1, 1).strftime("%Y|%C|%y|%G"), date(999, 12, 31).strftime("%Y %j"), datetime(2024, 5, 9).strftime("%s"))
print(datetime(2024, 5, 9, 12, 0).strftime("%c | %x | %X | %D | %T | %R | %r | %F"))
print(format(date(2024, 5, 9), "%d/%m"), f"{datetime(2024, 5, 9, 8):%H:%M}", "{:%Y}".format(date(2024, 1, 1)))
