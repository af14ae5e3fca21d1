"""Calendars: leap years, weekdays, the weeks of a month as numbers or
dates, and month or year calendars as text (like cal(1)) or HTML tables.

Weeks start on Monday unless told otherwise (setfirstweekday(SUNDAY), or a
Calendar's firstweekday): weekday numbers run 0 (Monday) to 6 (Sunday).

How a month is laid out: the days of the month are padded on both sides to
whole weeks, the padding being the previous and next months' days (the
`dates`/`days3`/`days4` iterators) or zeros (the `days`/`days2`
iterators); the calendars cut that run into rows of seven.  A year is the
twelve months in rows of `width` (or `m`) months side by side.

Month and day names come from datetime's strftime, so they follow the
LC_TIME locale (the C locale's English unless a program sets another);
LocaleTextCalendar and LocaleHTMLCalendar switch LC_TIME while they name
things.  `python -m calendar` prints a calendar (main()).
"""

import datetime
import locale as _locale
import sys
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2

# days per month in a common year; index 0 unused so that mdays[month] reads naturally
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY) = range(7)


class _NamesByStrftime:
    """A read-only sequence of names, each made at lookup by strftime on a
    sample date (so a locale change shows at once); slices give lists."""

    def __init__(self, samples, format):
        self._samples = samples
        self.format = format

    def _name(self, sample):
        return '' if sample is None else sample.strftime(self.format)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._name(sample) for sample in self._samples[i]]
        return self._name(self._samples[i])

    def __len__(self):
        return len(self._samples)


class _localized_month(_NamesByStrftime):
    # index 0 is the empty name, so that month_name[1] is January
    def __init__(self, format):
        super().__init__([None] + [datetime.date(2001, m, 1) for m in range(1, 13)], format)


class _localized_day(_NamesByStrftime):
    # 2001-01-01 was a Monday
    def __init__(self, format):
        super().__init__([datetime.date(2001, 1, d) for d in range(1, 8)], format)


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """Whether year is a leap year (Gregorian rules)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """How many leap years there are in [y1, y2) (y1 <= y2)."""
    def up_to(year):   # leap years in [1, year]
        return year // 4 - year // 100 + year // 400
    return up_to(y2 - 1) - up_to(y1 - 1)


def weekday(year, month, day):
    """The weekday (0 is Monday) of a date; years outside datetime's range
    are taken in the 400-year cycle around 2000."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def monthrange(year, month):
    """(weekday of the 1st, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(items, size):
    return [items[start:start + size] for start in range(0, len(items), size)]


class Calendar(object):
    """The data of calendars, without formatting: iterators over a month's
    whole weeks and matrices of weeks for months and years."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in this calendar's order."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _padding(self, year, month):
        # (days shown before the 1st, days in the month, days shown after the last)
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - length) % 7
        return before, length, after

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the month's whole weeks; works
        beyond datetime's range."""
        before, length, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        last = _monthlen(py, pm)
        for day in range(last - before + 1, last + 1):
            yield py, pm, day
        for day in range(1, length + 1):
            yield year, month, day
        ny, nm = _nextmonth(year, month)
        for day in range(1, after + 1):
            yield ny, nm, day

    def itermonthdays4(self, year, month):
        """As itermonthdays3, with the weekday as a fourth item."""
        first = self.firstweekday
        for index, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (first + index) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects for the month's whole weeks."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the month's whole weeks, 0 for the other months' days."""
        before, length, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, length + 1)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        """(day number or 0, weekday) pairs of the month's whole weeks."""
        first = self.firstweekday
        for index, day in enumerate(self.itermonthdays(year, month)):
            yield day, (first + index) % 7

    def monthdatescalendar(self, year, month):
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendars as plain text, like the cal(1) program: `w` is the width
    of a day's column, `l` the lines per week, `c` the spaces between
    months, `m` the months per row."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(day, wd, width) for day, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(day, width) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        gap = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines += [self.formatweek(week, w)
                  for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, c = max(2, w), max(2, c)
        gap = '\n' * max(1, l)
        column = (w + 1) * 7 - 1
        header = self.formatweekheader(w)
        text = [repr(theyear).center(column * m + c * (m - 1)).rstrip(), gap]
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            text.append(gap)
            text += [formatstring((self.formatmonthname(theyear, k, column, False)
                                   for k in months), column, c).rstrip(), gap]
            text += [formatstring((header for _ in months), column, c).rstrip(), gap]
            for week in range(max(len(weeks) for weeks in row)):
                cells = [self.formatweek(weeks[week], w) if week < len(weeks) else ''
                         for weeks in row]
                text += [formatstring(cells, column, c).rstrip(), gap]
        return ''.join(text)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendars as HTML tables (and a whole XHTML page for a year); the
    class attributes name the CSS classes used."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(day, wd) for day, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(day) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        html = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n'
                % self.cssclass_year,
                '<tr><th colspan="%d" class="%s">%s</th></tr>'
                % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            html.append('<tr>')
            for m in range(first, min(first + width, 13)):
                html.append('<td>%s</td>' % self.formatmonth(theyear, m, withyear=False))
            html.append('</tr>')
        html.append('</table>')
        return ''.join(html)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """The year as a complete XHTML page, encoded (bytes)."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        page = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        page += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>']
        text = ''.join(line + '\n' for line in page)
        text += self.formatyear(theyear, width) + '</body>\n</html>\n'
        return text.encode(encoding, 'xmlcharrefreplace')


class different_locale:
    """A context in which LC_TIME is the given locale."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        if self.oldlocale is not None:
            _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _get_default_locale():
    # the program's LC_TIME, or the environment's when the program left it at "C"
    current = _locale.setlocale(_locale.LC_TIME, None)
    if current == "C":
        with different_locale(""):
            current = _locale.setlocale(_locale.LC_TIME, None)
    return current


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar naming months and weekdays in the given locale."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar naming months and weekdays in the given locale."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


# the module-level functions are one shared TextCalendar's methods
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1    # a week of two-digit days
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints the columns, each centred in colwidth, spacing spaces apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The columns, each centred in colwidth, spacing spaces apart."""
    return (' ' * spacing).join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the Unix epoch of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def main(args):
    """python -m calendar [options] [year [month]]"""
    import argparse
    parser = argparse.ArgumentParser()
    text_options = parser.add_argument_group('text only arguments')
    html_options = parser.add_argument_group('html only arguments')
    text_options.add_argument("-w", "--width", type=int, default=2,
                              help="width of date column (default 2)")
    text_options.add_argument("-l", "--lines", type=int, default=1,
                              help="number of lines for each week (default 1)")
    text_options.add_argument("-s", "--spacing", type=int, default=6,
                              help="spacing between months (default 6)")
    text_options.add_argument("-m", "--months", type=int, default=3,
                              help="months per row (default 3)")
    html_options.add_argument("-c", "--css", default="calendar.css",
                              help="CSS to use for page")
    parser.add_argument("-L", "--locale", default=None,
                        help="locale to use for month and weekday names")
    parser.add_argument("-e", "--encoding", default=None,
                        help="encoding to use for output")
    parser.add_argument("-t", "--type", default="text", choices=("text", "html"),
                        help="output type (text or html)")
    parser.add_argument("year", nargs='?', type=int, help="year number (1-9999)")
    parser.add_argument("month", nargs='?', type=int, help="month number (1-12, text only)")
    options = parser.parse_args(args[1:])

    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
    locale = options.locale, options.encoding
    year = options.year if options.year is not None else datetime.date.today().year

    if options.type == "html":
        if options.month is not None:
            parser.error("incorrect number of arguments")
        cal = LocaleHTMLCalendar(locale=locale) if options.locale else HTMLCalendar()
        encoding = options.encoding or sys.getdefaultencoding()
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding, css=options.css))
        return

    cal = LocaleTextCalendar(locale=locale) if options.locale else TextCalendar()
    if options.month is None:
        result = cal.formatyear(year, w=options.width, l=options.lines,
                                c=options.spacing, m=options.months)
    else:
        result = cal.formatmonth(year, options.month, w=options.width, l=options.lines)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
