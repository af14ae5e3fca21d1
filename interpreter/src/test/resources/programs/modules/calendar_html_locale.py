# calendar: HTMLCalendar's tables and page, the Locale* calendars in the C locale, the iterators
# beyond datetime's range, firstweekday wrapping, the errors, main()'s text and HTML output.
import calendar
import sys

html = calendar.HTMLCalendar(firstweekday=calendar.SUNDAY)
print(html.formatmonth(2024, 2))
print(html.formatmonth(2024, 2, withyear=False).splitlines()[1])
year = html.formatyear(2023, width=4)
print(len(year), year[:160])
page = calendar.HTMLCalendar().formatyearpage(2021, width=2, css=None, encoding='ascii')
print(type(page).__name__, page[:120])
print(page.splitlines()[-3:])


class Marked(calendar.HTMLCalendar):
    cssclass_noday = 'blank'
    cssclasses = ['wd'] * 5 + ['we'] * 2

    def formatday(self, day, weekday):
        cell = super().formatday(day, weekday)
        return cell.replace('<td', '<td data-x="1"') if day == 14 else cell


print(Marked().formatmonth(2024, 3).splitlines()[3])

text = calendar.LocaleTextCalendar(locale='C')
print(text.formatmonth(2022, 12, 3))
print(calendar.LocaleHTMLCalendar(locale='C').formatweekheader())

cal = calendar.Calendar(firstweekday=9)
print(cal.firstweekday, list(cal.iterweekdays()))
print(list(cal.itermonthdays3(1, 1))[:3], list(cal.itermonthdays4(9999, 12))[-2:])
print(cal.monthdays2calendar(2024, 2)[0])
try:
    list(cal.itermonthdates(1, 1))
except ValueError as e:
    print(type(e).__name__, e)
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
print(calendar.month(2024, 9))
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.weekday(10000, 1, 1), calendar.weekday(-1, 3, 1), calendar.leapdays(1, 2024))
print(calendar.month_name[-1], calendar.month_abbr[0] == '', calendar.day_name[::3])
calendar.format(['one', 'two', 'three'], 9, 2)
calendar.main(['calendar', '-w', '3', '2024', '7'])
sys.stdout.flush()
calendar.main(['calendar', '-t', 'html', '-c', 'my.css', '-e', 'ascii', '1999'])
try:
    calendar.main(['calendar', '-L', 'C', '2000'])
except SystemExit as e:
    print('exit', e.code)
