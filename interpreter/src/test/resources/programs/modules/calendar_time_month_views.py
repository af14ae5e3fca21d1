# Calendar views and time helpers a planner script prints: calendar.month/monthcalendar/
# monthrange/weekday/isleap/leapdays, TextCalendar with a different first weekday, itermonthdates,
# timegm against time.gmtime/strftime/asctime, and time.struct_time fields.
import calendar
import time

print(calendar.month(2026, 2))
print(calendar.month(2024, 2, w=3, l=1))
tc = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(tc.formatmonth(2026, 12))
print(tc.formatweekheader(2), "|", calendar.weekheader(3))
print(calendar.monthrange(2024, 2), calendar.monthrange(2026, 12), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2026))
print(calendar.weekday(2026, 12, 7), calendar.day_name[calendar.weekday(2026, 12, 7)], list(calendar.month_abbr)[:4], calendar.month_name[12])
print(calendar.monthcalendar(2026, 11))
print([d.isoformat() for d in calendar.Calendar(firstweekday=6).itermonthdates(2026, 2)][:9])
print(list(calendar.Calendar().itermonthdays2(2026, 3))[:8])
print(list(calendar.Calendar().iterweekdays()), list(calendar.Calendar(3).iterweekdays()))
print(calendar.timegm((2026, 12, 7, 18, 0, 0, 0, 0, 0)), calendar.timegm(time.gmtime(1_800_000_000)))
g = time.gmtime(1_800_000_000)
print(g, g.tm_year, g.tm_wday, g.tm_yday, g[:3], len(g))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %%", g))
print(time.asctime(g), time.strftime("%c|%x|%X", g))
print(time.strptime("2026-12-07 18:30", "%Y-%m-%d %H:%M")[:6], time.strptime("7 Dec 26", "%d %b %y").tm_yday)
print(time.mktime(time.localtime(1_800_000_000)) == 1_800_000_000.0)
try:
    calendar.monthrange(2026, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
try:
    calendar.weekday(2026, 2, 30)
except ValueError as e:
    print("ValueError:", e)
try:
    time.strptime("2026", "%Y %m")
except ValueError as e:
    print("ValueError:", e)
print(calendar.firstweekday(), calendar.MONDAY, calendar.FRIDAY, calendar.different_locale.__name__)
cal = calendar.TextCalendar()
print(cal.formatyear(2027, 2, 1, 1, 4)[:400])
print(calendar.HTMLCalendar().formatmonth(2026, 1).splitlines()[:4])
