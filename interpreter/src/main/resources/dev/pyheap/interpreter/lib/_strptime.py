"""Parsing a time string against a strftime-style format: time.strptime and datetime.strptime.

As CPython's: the format becomes a regular expression (case-insensitive), one named group per
directive, literal text escaped and every run of white space matching any white space; the string
must match from its start and be used up. The groups are then read into the fields of a
struct_time, and what the string left out is worked out from what it gave: the day of the year from
the date, or the date from %j, or from a week number (%U, %W) and a weekday, or from an ISO year,
week and weekday (%G, %V with %a/%A/%u/%w). Only the C locale is known: English names, am/pm, and the
zone names UTC, GMT and those of time.tzname.
"""

import time as _time
import re as _re

__all__ = []

_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
           'october', 'november', 'december')
_AM_PM = ('am', 'pm')

# the numeric directives: what each accepts, longest alternatives first where one is a prefix of another
_NUMERIC = {
    'd': r'3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]',
    'f': r'[0-9]{1,6}',
    'H': r'2[0-3]|[0-1]\d|\d',
    'I': r'1[0-2]|0[1-9]|[1-9]',
    'G': r'\d\d\d\d',
    'j': r'36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
    'm': r'1[0-2]|0[1-9]|[1-9]',
    'M': r'[0-5]\d|\d',
    'S': r'6[0-1]|[0-5]\d|\d',
    'U': r'5[0-3]|[0-4]\d|\d',
    'W': r'5[0-3]|[0-4]\d|\d',
    'w': r'[0-6]',
    'u': r'[1-7]',
    'V': r'5[0-3]|0[1-9]|[1-4]\d|\d',
    'y': r'\d\d',
    'Y': r'\d\d\d\d',
    'z': r'[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)',
}

# the C locale's %c, %x and %X
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_SPECIAL = frozenset('\\.^$*+?(){}[]|')


def _alternatives(name, words):
    """A group matching any of words, the longer tried first (so 'june' is not read as 'jun')."""
    words = sorted(words, key=len, reverse=True)
    if not any(words):
        return ''
    return '(?P<%s>%s)' % (name, '|'.join(_re.escape(w) for w in words))


def _zone_names():
    """(names of standard time, names of daylight time), lower case, as the C library knows them."""
    standard = {'utc', 'gmt', _time.tzname[0].lower()}
    daylight = {_time.tzname[1].lower()} if _time.daylight else set()
    return standard, daylight


class _Directives:
    """The regular expression of each directive for the current time zone names."""

    def __init__(self):
        self.zone = (tuple(_time.tzname), _time.daylight)
        self.zones = _zone_names()
        table = {key: '(?P<%s>%s)' % (key, text) for key, text in _NUMERIC.items()}
        table['A'] = _alternatives('A', _WEEKDAYS)
        table['a'] = _alternatives('a', [w[:3] for w in _WEEKDAYS])
        table['B'] = _alternatives('B', _MONTHS[1:])
        table['b'] = _alternatives('b', [m[:3] for m in _MONTHS[1:]])
        table['p'] = _alternatives('p', _AM_PM)
        table['Z'] = _alternatives('Z', list(self.zones[0]) + list(self.zones[1]))
        table['%'] = '%'
        self.table = table
        for key, format in _COMPOSITE.items():
            table[key] = self.pattern(format)
        self.compiled = {}

    def pattern(self, format):
        """The regular expression text of format; ValueError for a directive that does not exist."""
        out = []
        i = 0
        n = len(format)
        while i < n:
            ch = format[i]
            if ch == '%':
                if i + 1 == n:
                    raise ValueError("stray %% in format '%s'" % format)
                key = format[i + 1]
                # a '%' before a character the expression syntax uses, or before white space, is
                # reported as the bad directive '%'
                if key in _SPECIAL or key.isspace():
                    raise ValueError("'%%' is a bad directive in format '%s'" % format)
                if key not in self.table:
                    raise ValueError("'%s' is a bad directive in format '%s'" % (key, format))
                out.append(self.table[key])
                i += 2
            elif ch.isspace():
                while i < n and format[i].isspace():
                    i += 1
                out.append(r'\s+')
            else:
                out.append('\\' + ch if ch in _SPECIAL else ch)
                i += 1
        return ''.join(out)

    def compile(self, format):
        found = self.compiled.get(format)
        if found is None:
            if len(self.compiled) > 5:
                self.compiled.clear()
            found = _re.compile(self.pattern(format), _re.IGNORECASE)
            self.compiled[format] = found
        return found


_directives = None


def _current():
    global _directives
    if _directives is None or _directives.zone != (tuple(_time.tzname), _time.daylight):
        _directives = _Directives()
    return _directives


def _julian_from_week(year, week, weekday, monday_first):
    """The day of the year of weekday (0 Monday) in week (%W if monday_first, else %U) of year."""
    from datetime import date
    first = date(year, 1, 1).weekday()
    if not monday_first:
        # count the days from Sunday
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    """(year, day of the year) of the ISO date; the year may be the one before iso_year."""
    from datetime import date
    day = iso_week * 7 + iso_weekday - (date(iso_year, 1, 4).isoweekday() + 3)
    if day < 1:
        day += date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        day -= date(iso_year, 1, 1).toordinal()
    return iso_year, day


def _zone_offset(text):
    """(seconds, microseconds) east of UTC of a %z match: Z, +HHMM, +HH:MM, +HH:MM:SS.ffffff."""
    if text == 'Z':
        return 0, 0
    sign = -1 if text[0] == '-' else 1
    digits = text[1:]
    if digits[2] == ':':
        digits = digits[:2] + digits[3:]
        if len(digits) > 4:
            if digits[4] != ':':
                raise ValueError(f'Inconsistent use of : in {text}')
            digits = digits[:4] + digits[5:]
    seconds = int(digits[0:2]) * 3600 + int(digits[2:4]) * 60 + int(digits[4:6] or 0)
    fraction = digits[7:]
    micro = int(fraction + '0' * (6 - len(fraction)))
    return sign * seconds, sign * micro


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """((11 struct_time fields), microseconds, microseconds of the UTC offset) of data_string."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument {} must be str, not {}'.format(index, type(arg)))
    directives = _current()
    found = directives.compile(format).match(data_string)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])

    from datetime import date
    year = iso_year = iso_week = week = weekday = julian = None
    monday_first = False
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    groups = found.groupdict()
    for key, value in groups.items():
        if key == 'y':
            year = int(value)
            # POSIX: 69-99 are the 1900s, 00-68 the 2000s
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _MONTHS.index(value.lower())
        elif key == 'b':
            month = [m[:3] for m in _MONTHS].index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            half = groups.get('p', '').lower()
            if half in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif half == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _WEEKDAYS.index(value.lower())
        elif key == 'a':
            weekday = [w[:3] for w in _WEEKDAYS].index(value.lower())
        elif key == 'w':
            weekday = (int(value) - 1) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week = int(value)
            monday_first = key == 'W'
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _zone_offset(value)
        elif key == 'Z':
            name = value.lower()
            for flag, names in enumerate(directives.zones):
                if name in names:
                    # one name for both kinds of time while daylight time exists: it tells nothing
                    if not (_time.tzname[0] == _time.tzname[1] and _time.daylight and name not in ('utc', 'gmt')):
                        isdst = flag
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                         "year '%G' instead.")

    # without a year, February 29 is computed in 1904 (a leap year) and reported in 1900
    leap_day_without_year = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_day_without_year else 1900

    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365

    if julian is None:
        julian = date(year, month, day).toordinal() - date(year, 1, 1).toordinal() + 1
    else:
        result = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = date(year, month, day).weekday()
    if leap_day_without_year:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst, groups.get('Z'), gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """time.strptime: the struct_time of data_string."""
    return _time.struct_time(_strptime(data_string, format)[0][:_time._STRUCT_TM_ITEMS])


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    """datetime.strptime: an instance of cls, aware when the string gave a UTC offset (%z)."""
    from datetime import timedelta, timezone
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        offset = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (timezone(offset, tzname) if tzname else timezone(offset),)
    return cls(*args)
