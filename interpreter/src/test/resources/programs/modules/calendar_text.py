# calendar: leap years, weekday, monthrange, the weeks of a month, month and year calendars as
# text (CPython's layout), the first weekday, the names, timegm and the errors.
import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 2, 29), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2026, 12))
print(calendar.monthcalendar(2026, 12))
print(calendar.month(2026, 12))
print(calendar.month(2024, 2, w=3, l=2))
calendar.prmonth(1999, 1)
print(calendar.calendar(2026))
print(calendar.calendar(2024, w=2, l=1, c=3, m=4))
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9))
print(list(calendar.day_name), list(calendar.month_abbr), len(calendar.month_name), calendar.day_abbr[0], calendar.month_name[1:3])
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2026, 2))
print(list(tc.iterweekdays()), tc.getfirstweekday(), calendar.firstweekday())
c = calendar.Calendar()
print(list(c.itermonthdays(2026, 2))[:10], list(c.itermonthdays2(2026, 3))[:3])
print(c.monthdatescalendar(2026, 2)[0], c.yeardayscalendar(2026, 6)[0][0][0], len(c.yeardatescalendar(2026)))
print(calendar.timegm((2026, 12, 5, 17, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2026, 12))
calendar.setfirstweekday(0)
for bad in [lambda: calendar.monthrange(2026, 13), lambda: calendar.setfirstweekday(9), lambda: calendar.weekday(2026, 2, 30)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
