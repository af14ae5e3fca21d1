# calendar as a scheduling page uses it: monthrange/monthcalendar/itermonthdates with
# firstweekday, isleap/leapdays, weekday across centuries, TextCalendar's formatmonth/formatyear
# widths, HTMLCalendar's formatmonth with css classes changed, the day/month name sequences,
# IllegalMonthError/IllegalWeekdayError, and timegm.
import calendar
import datetime

for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2026, 12)]:
    print(y, m, calendar.monthrange(y, m), calendar.isleap(y))
print(calendar.leapdays(1900, 2101), calendar.weekday(1970, 1, 1), calendar.weekday(2100, 3, 1))
print(calendar.monthcalendar(2026, 2))
c = calendar.Calendar(firstweekday=calendar.SUNDAY)
print([d.isoformat() for d in c.itermonthdates(2026, 3)][:8])
print(list(c.iterweekdays()))
print(c.monthdays2calendar(2026, 3)[0])
print([len(w) for w in c.monthdatescalendar(2026, 3)])
print(list(c.itermonthdays3(2026, 1))[:3], list(c.itermonthdays4(2026, 1))[-1])

tc = calendar.TextCalendar(calendar.MONDAY)
print(tc.formatmonth(2026, 12))
print(tc.formatmonth(2026, 2, w=3, l=2))
print(calendar.TextCalendar(6).formatweekheader(2))
print(tc.formatyear(2027, w=2, l=1, c=3, m=4)[:400])

class Planner(calendar.HTMLCalendar):
    cssclasses = ['wk mon', 'wk tue', 'wk wed', 'wk thu', 'wk fri', 'we sat', 'we sun']
    cssclass_month = 'planner'
    cssclass_noday = 'blank'

    def formatday(self, day, weekday):
        if day == 25:
            return f'<td class="holiday">{day}*</td>'
        return super().formatday(day, weekday)

print(Planner().formatmonth(2026, 12))
print(calendar.HTMLCalendar().formatmonthname(2026, 1, withyear=False))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name)[:3], list(calendar.month_abbr)[-2:], len(calendar.month_name))
for bad in [lambda: calendar.monthrange(2026, 13), lambda: calendar.monthrange(2026, 0),
            lambda: calendar.TextCalendar().formatweekday(9, 3),
            lambda: calendar.Calendar(firstweekday=8).getfirstweekday()]:
    try:
        print(bad())
    except (calendar.IllegalMonthError, calendar.IllegalWeekdayError, IndexError, ValueError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(calendar.timegm((2026, 12, 7, 21, 0, 0, 0, 0, 0)), calendar.timegm(datetime.datetime(1970, 1, 2).utctimetuple()))
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
