# The calendar module as a scheduling helper: month grids, leap years, weekdays, nth weekday of a month.
import calendar
from datetime import date

print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.monthcalendar(2024, 3))
def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n < 0 or n < len(days) else None
print("Thanksgiving", nth_weekday(2024, 11, calendar.THURSDAY, 3), "Memorial day", nth_weekday(2024, 5, calendar.MONDAY, -1))
cal = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(cal.formatmonth(2024, 9, w=3))
print(list(calendar.Calendar(6).iterweekdays()), calendar.firstweekday())
print([list(w) for w in calendar.Calendar().monthdayscalendar(2024, 4)][:2])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), list(calendar.month_name)[1:4], calendar.different_locale if False else "")
year = calendar.calendar(2023, w=2, l=1, c=4, m=4).splitlines()
print(len(year), year[0].strip(), year[2])
busy = {date(2024, 2, d) for d in (5, 6, 14, 29)}
for week in calendar.Calendar().monthdatescalendar(2024, 2):
    print(" ".join(("*" if d in busy else " ") + f"{d.day:2}" if d.month == 2 else "   " for d in week))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print("ValueError:", e)
