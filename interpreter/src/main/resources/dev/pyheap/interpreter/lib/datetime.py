"""Dates and times: timedelta, date, time, datetime, tzinfo and timezone (fixed offsets, utc).

The proleptic Gregorian calendar, years 1 to 9999, microsecond resolution, as CPython's datetime:
arithmetic (date and datetime with timedelta, differences, timedelta with numbers), comparisons and
hashes, isoformat/fromisoformat, strftime (the C library's directives that do not depend on the
locale; the C locale's names), str and repr as CPython's, replace, weekday/isocalendar, ordinals,
today()/now()/fromtimestamp()/timestamp() in the local time zone of the JVM, astimezone,
timetuple/utctimetuple, strptime (the library's _strptime). Pickled as CPython's: a date, time or
datetime reduces to its class and a packed byte string of its fields (year high and low byte, month,
day, hour, minute, second, microsecond in three bytes; fold as the top bit of the month or hour byte
from protocol 4), which the constructor takes back.
"""

import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _dim
del _n, _dim


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day)


def _ord_to_ymd(n):
    """(year, month, day) of the proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _index(value, what='integer'):
    if isinstance(value, int):
        return int(value)
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def _check_date_fields(year, month, day):
    if type(year) is not int:
        year = _index(year)
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    if type(month) is not int or type(day) is not int:
        month, day = _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    # exact ints (every field the module computes itself) need no __index__ call
    if type(hour) is not int or type(minute) is not int or type(second) is not int or type(microsecond) is not int:
        hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _state_bytes(value, size, first_limit, name):
    """The packed fields of a pickled date, time or datetime (bytes, or str for old pickles), or None."""
    if isinstance(value, str):
        try:
            value = value.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError(f'Failed to encode latin1 string when unpickling a {name} object. pickle.load(data, '
                             "encoding='latin1') is assumed.") from None
    if isinstance(value, bytes) and len(value) == size and first_limit(value):
        return value
    return None


def _time_from_state(state):
    """(hour, minute, second, microsecond, fold) from 6 packed bytes."""
    return (state[0] & 0x7f, state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5],
            1 if state[0] > 127 else 0)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _field(attribute):
    """A read-only property reading attribute."""
    from operator import attrgetter
    return property(attrgetter(attribute))


def _comparisons(cls):
    """Gives cls __eq__, __lt__, __le__, __gt__ and __ge__, each its _compare(other, op, name)."""
    import operator
    for name in ('eq', 'lt', 'le', 'gt', 'ge'):
        def method(self, other, op=getattr(operator, name), name=name):
            return self._compare(other, op, name)
        method.__name__ = method.__qualname__ = f'__{name}__'
        setattr(cls, method.__name__, method)
    return cls


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' of the timedelta off, '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    text = f'{sign}{hh:02d}{sep}{mm:02d}'
    if rest:
        text += f'{sep}{rest.seconds:02d}'
        if rest.microseconds:
            text += f'.{rest.microseconds:06d}'
    return text


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _iso_week1_monday(year):
    first = _ymd_to_ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _strftime(fmt, timetuple, microsecond, offset, tzname):
    """CPython's wrap_strftime: %f, %z and %Z are replaced here (the microseconds, the UTC offset
    as +HHMM[SS[.ffffff]], the zone name with its '%' doubled; '' without a zone), everything else
    is time.strftime's (glibc's conversions, flags and widths) over timetuple."""
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    parts = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i == n:
            parts.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == 'f':
            parts.append(f'{microsecond:06d}')
        elif d == 'z':
            parts.append(_format_offset(offset, ''))
        elif d == 'Z':
            parts.append((tzname or '').replace('%', '%%'))
        else:
            parts.append('%' + d)
    return _time.strftime(''.join(parts), timetuple)


def _local_offset(seconds):
    """The local time zone's (offset from UTC as a timedelta, name) at the POSIX time seconds."""
    offset, name = _time._local_zone(seconds)
    return timedelta(seconds=offset), name


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized; any of the
    keyword units may be given, floats rounded to the microsecond (half to even)."""
    __pyheap_tp_name__ = 'datetime.timedelta'
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        exact = True
        for value, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, float):
                exact = False
            elif not isinstance(value, int):
                raise TypeError(f'unsupported type for timedelta {_UNIT_NAMES[scale]} component: '
                                f'{type(value).__name__}')
        if exact:
            total = (days * 86400000000 + seconds * 1000000 + microseconds + milliseconds * 1000
                     + minutes * 60000000 + hours * 3600000000 + weeks * 604800000000)
        else:
            from fractions import Fraction
            exact_total = (Fraction(days) * 86400000000 + Fraction(seconds) * 1000000 + Fraction(microseconds)
                           + Fraction(milliseconds) * 1000 + Fraction(minutes) * 60000000
                           + Fraction(hours) * 3600000000 + Fraction(weeks) * 604800000000)
            total = round(exact_total)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, 86400000000)
        seconds, microseconds = divmod(rest, 1000000)
        if abs(days) > 999999999:
            if not -2**31 <= days < 2**31:
                # the C type converts the day count to a C int before it checks the range
                raise OverflowError('Python int too large to convert to C int')
            raise OverflowError(f'days={days}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _total(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = _field('_days')
    seconds = _field('_seconds')
    microseconds = _field('_microseconds')

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._total() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        return f"{_qualified(self)}({', '.join(args) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = f'{self._days} day{plural}, ' + text
        if self._microseconds:
            text += f'.{self._microseconds:06d}'
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._total() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(self._total(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(b * self._total(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total() == other._total()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._total() < other._total()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._total() <= other._total()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._total() > other._total()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._total() >= other._total()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_UNIT_NAMES = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
               60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}


def _divide_and_round(a, b):
    """a / b rounded half to even."""
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or r == b and q % 2 == 1:
        q += 1
    return q


def _qualified(obj):
    # the C types' tp_name is 'datetime.date'; a subclass's (a heap type's) is its bare name
    return 'datetime.' + type(obj).__qualname__ if type(obj).__module__ == 'datetime' else type(obj).__name__


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class _IsoCalendarDate(tuple):
    """The (year, week, weekday) date.isocalendar() gives, with those names."""
    __pyheap_tp_name__ = 'datetime.IsoCalendarDate'
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


class date:
    """A date of the proleptic Gregorian calendar: year, month, day."""
    __pyheap_tp_name__ = 'datetime.date'
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None:
            state = _state_bytes(year, 4, lambda b: 1 <= b[2] <= 12, 'date')
            if state is not None:
                self = object.__new__(cls)
                self._year, self._month, self._day = state[0] * 256 + state[1], state[2], state[3]
                self._hashcode = -1
                return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """The local date at the POSIX time t."""
        return cls(*datetime.fromtimestamp(t)._ymd())

    @classmethod
    def today(cls):
        """The local date now."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of the ordinal n (1 is 0001-01-01)."""
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError(f'ordinal must be >= 1')
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]' or 'YYYYWww[D]'."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        data = _isoformat_bytes(date_string)
        parsed = None if data is None or len(data) not in (7, 8, 10) else _parse_isoformat_date(data, len(data))
        if parsed is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of the ISO year, week (1..52 or 53) and weekday (1 Monday .. 7)."""
        year, week, day = _index(year), _index(week), _index(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f'Year is out of range: {year}')
        ymd = _iso_to_ymd(year, week, day)
        if ymd == 'week':
            raise ValueError(f'Invalid week: {week}')
        if ymd == 'day':
            raise ValueError(f'Invalid day: {day} (range is [1, 7])')
        return cls(*ymd)

    def _ymd(self):
        return self._year, self._month, self._day

    year = _field('_year')
    month = _field('_month')
    day = _field('_day')

    def __repr__(self):
        return f'{_qualified(self)}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        """'Fri Jan  5 00:00:00 2024'."""
        return self.strftime('%c')

    def strftime(self, fmt):
        """The date formatted as the C library's strftime does (time fields 0)."""
        return _strftime(fmt, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def toordinal(self):
        """The proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        """Monday 0 .. Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday 1 .. Sunday 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday)."""
        year = self._year
        monday = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        """This date with the fields given replaced."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _compare_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._compare_key() == other._compare_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._compare_key() < other._compare_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._compare_key() <= other._compare_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._compare_key() > other._compare_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._compare_key() >= other._compare_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._compare_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAXORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def timetuple(self):
        """The time.struct_time of midnight of this date (tm_isdst -1)."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1, -1))

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month, self._day)),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# fromisoformat reads the string's UTF-8 bytes as CPython's C parser does: positions, lengths and
# the look-ahead past a field (a NUL at the end) are those of the bytes. The parser checks the
# fields' digits and separators but not that a date ends where its format does, so the forms it
# accepts and refuses are CPython's own.
_DIGIT_0, _DIGIT_9 = 0x30, 0x39
_DASH, _COLON, _DOT, _COMMA, _PLUS, _WEEK, _ZULU = 0x2D, 0x3A, 0x2E, 0x2C, 0x2B, 0x57, 0x5A


def _iso_byte(data, pos):
    # the C string's terminating NUL past the end
    return data[pos] if pos < len(data) else 0


def _iso_digits(data, pos, count):
    """The value of count ASCII digits at pos, or None."""
    value = 0
    for i in range(pos, pos + count):
        c = _iso_byte(data, i)
        if not _DIGIT_0 <= c <= _DIGIT_9:
            return None
        value = value * 10 + c - _DIGIT_0
    return value


def _iso_to_ymd(year, week, day):
    """(year, month, day) of an ISO week date, or 'week' or 'day' for the field out of range."""
    if not 0 < week < 53:
        first_weekday = (_ymd_to_ord(year, 1, 1) + 6) % 7
        if week != 53 or not (first_weekday == 3 or first_weekday == 2 and _is_leap(year)):
            return 'week'
    if not 0 < day < 8:
        return 'day'
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if ordinal < 1:
        # year 0, which only fromisoformat lets through: CPython's C conversion of an ordinal below 1
        # gives year 1 and a month below 1, which the constructor then refuses
        return 1, 0, 1
    return _ord_to_ymd(ordinal)


def _isoformat_separator(data):
    """Where the time's separator is in an ISO datetime: after 'YYYY-MM-DD' or 'YYYY-Www-D' (10),
    'YYYYMMDD', 'YYYY-Www' or 'YYYYWwwD' (8), 'YYYYWww' (7); None when no position fits."""
    size = len(data)
    if size == 7:
        return 7
    if _iso_byte(data, 4) == _DASH:
        if _iso_byte(data, 5) != _WEEK:
            return 10
        if size < 8:
            return None
        if size > 8 and data[8] == _DASH:
            if size == 9:
                return None
            # 'YYYY-Www-' and a digit at 10: read as 'YYYY-Www' and a time 'HH...' after the dash at 8
            return 8 if size > 10 and _DIGIT_0 <= data[10] <= _DIGIT_9 else 10
        return 8
    if _iso_byte(data, 4) == _WEEK:
        end = 7
        while end < size and _DIGIT_0 <= data[end] <= _DIGIT_9:
            end += 1
        if end < 9:
            return end
        # the digits after 'YYYYWww' are a weekday and then the time's pairs, or only the pairs
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_isoformat_date(data, size):
    """(year, month, day) of 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]' or 'YYYYWww[D]' at the start of
    data (a date of size bytes), or None."""
    year = _iso_digits(data, 0, 4)
    if year is None:
        return None
    dashes = _iso_byte(data, 4) == _DASH
    pos = 4 + dashes
    if _iso_byte(data, pos) == _WEEK:
        week = _iso_digits(data, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        day = 1
        if pos < size:
            if dashes:
                if _iso_byte(data, pos) != _DASH:
                    return None
                pos += 1
            day = _iso_digits(data, pos, 1)
            if day is None:
                return None
        ymd = _iso_to_ymd(year, week, day)
        return None if isinstance(ymd, str) else ymd
    month = _iso_digits(data, pos, 2)
    if month is None:
        return None
    pos += 2
    if dashes:
        if _iso_byte(data, pos) != _DASH:
            return None
        pos += 1
    day = _iso_digits(data, pos, 2)
    return None if day is None else (year, month, day)


def _parse_hh_mm_ss_ff(data, pos, end):
    """'HH[:MM[:SS[.f...]]]' or 'HH[MM[SS[.f...]]]' from pos up to end: (status, hour, minute, second,
    microsecond), status None when malformed, True when a byte other than the final NUL follows it."""
    fields = [0, 0, 0]
    colons = True
    for i in range(3):
        value = _iso_digits(data, pos, 2)
        if value is None:
            return None, 0, 0, 0, 0
        fields[i] = value
        c = _iso_byte(data, pos + 2)
        pos += 3
        if i == 0:
            colons = c == _COLON
        if pos >= end:
            return c != 0, *fields, 0
        if colons and c == _COLON:
            continue
        if c == _DOT or c == _COMMA:
            break
        if colons:
            return None, 0, 0, 0, 0
        pos -= 1
    # the fraction: its first six digits, the others skipped
    count = min(end - pos, 6)
    microsecond = _iso_digits(data, pos, count)
    if microsecond is None:
        return None, 0, 0, 0, 0
    microsecond *= 10 ** (6 - count)
    pos += count
    while _DIGIT_0 <= _iso_byte(data, pos) <= _DIGIT_9:
        pos += 1
    return _iso_byte(data, pos) != 0, *fields, microsecond


def _parse_isoformat_time(data, pos):
    """(hour, minute, second, microsecond, tzinfo) of the ISO time from pos to the end of data (an
    offset after the first '+', '-' or 'Z'), or None."""
    size = len(data)
    tz = pos
    while _iso_byte(data, tz) not in (_ZULU, _PLUS, _DASH):
        tz += 1
        if tz >= size:
            break
    status, hour, minute, second, microsecond = _parse_hh_mm_ss_ff(data, pos, tz)
    if status is None:
        return None
    if tz >= size:
        return None if status else (hour, minute, second, microsecond, None)
    if data[tz] == _ZULU:
        return None if _iso_byte(data, tz + 1) != 0 else (hour, minute, second, microsecond, timezone.utc)
    sign = -1 if data[tz] == _DASH else 1
    status, oh, om, osec, ous = _parse_hh_mm_ss_ff(data, tz + 1, size)
    if status is None or status:
        return None
    offset = sign * (oh * 3600 + om * 60 + osec)
    # an offset of whole seconds 0 is utc, whatever its microseconds
    tzinfo = timezone.utc if offset == 0 else timezone(timedelta(0, offset, sign * ous))
    return hour, minute, second, microsecond, tzinfo


def _isoformat_bytes(text):
    """The UTF-8 bytes fromisoformat parses, or None for a str with lone surrogates."""
    try:
        return text.encode('utf-8')
    except UnicodeEncodeError:
        return None


class tzinfo:
    """The abstract base of time zones: utcoffset(dt), dst(dt), tzname(dt)."""
    __pyheap_tp_name__ = 'datetime.tzinfo'
    __slots__ = ()

    def __reduce__(self):
        # the class, its __getinitargs__() (if any) and its instance dict when it is not empty
        initargs = getattr(self, '__getinitargs__', None)
        return (type(self), initargs() if initargs is not None else (), getattr(self, '__dict__', None) or None)

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        """The local time of the UTC time dt (whose tzinfo is self)."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC (strictly between -24 and 24 hours), with an optional name."""
    __pyheap_tp_name__ = 'datetime.timezone'
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}')
        if name is not None and not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {type(name).__name__}')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             f'timedelta(hours=24), not {offset!r}.')
        if name is None and not offset and getattr(cls, 'utc', None) is not None:
            return cls.utc
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = None
timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


@_comparisons
class time:
    """A time of day: hour, minute, second, microsecond, tzinfo, fold."""
    __pyheap_tp_name__ = 'datetime.time'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        state = _state_bytes(hour, 6, lambda b: b[0] & 0x7f < 24, 'time')
        if state is not None:
            tzinfo = minute if minute != 0 else tzinfo
            _check_tzinfo(tzinfo)
            hour, minute, second, microsecond, fold = _time_from_state(state)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of 'HH[:MM[:SS[.f...]]]' (or without the colons), then 'Z' or an offset '+HH[:MM[:SS[.f...]]]'."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        data = _isoformat_bytes(time_string)
        parsed = None if data is None else _parse_isoformat_time(data, 1 if data[:1] == b'T' else 0)
        if parsed is None:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')
        return cls(*parsed)

    hour = _field('_hour')
    minute = _field('_minute')
    second = _field('_second')
    microsecond = _field('_microsecond')
    tzinfo = _field('_tzinfo')
    fold = _field('_fold')

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]'."""
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            fields = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            fields = f'{self._hour}, {self._minute}, {self._second}'
        else:
            fields = f'{self._hour}, {self._minute}'
        text = f'{_qualified(self)}({fields}'
        if self._tzinfo is not None:
            text += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def strftime(self, fmt):
        """The time formatted as the C library's strftime does (the date 1900-01-01)."""
        return _strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1),
                         self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """This time with the fields given replaced."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _compare_key(self, other):
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            return None
        a = self._hour * 3600 + self._minute * 60 + self._second
        b = other._hour * 3600 + other._minute * 60 + other._second
        if mine is not None:
            a -= mine // timedelta(seconds=1)
            b -= theirs // timedelta(seconds=1)
        return (a, self._microsecond), (b, other._microsecond)

    def _compare(self, other, op, name):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._compare_key(other)
        if keys is None:
            if name in ('eq', 'ne'):
                return name == 'ne'
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(keys[0], keys[1])

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            seconds = self._hour * 3600 + self._minute * 60 + self._second
            if offset is not None:
                seconds -= offset // timedelta(seconds=1)
            self._hashcode = hash((seconds, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True

    def _getstate(self, protocol):
        micro = self._microsecond
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        state = bytes((hour, self._minute, self._second, micro >> 16, (micro >> 8) & 255, micro & 255))
        return (state,) if self._tzinfo is None else (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


@_comparisons
class datetime(date):
    """A date and a time of day: year, month, day, hour, minute, second, microsecond, tzinfo, fold."""
    __pyheap_tp_name__ = 'datetime.datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        state = _state_bytes(year, 10, lambda b: 1 <= b[2] & 0x7f <= 12, 'datetime')
        if state is not None:
            tzinfo = month if month is not None else tzinfo
            year, month, day = state[0] * 256 + state[1], state[2] & 0x7f, state[3]
            hour, minute, second, microsecond, _ = _time_from_state(state[4:])
            fold = 1 if state[2] > 127 else 0
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = _field('_hour')
    minute = _field('_minute')
    second = _field('_second')
    microsecond = _field('_microsecond')
    tzinfo = _field('_tzinfo')
    fold = _field('_fold')

    @classmethod
    def _from_total(cls, micros, tz):
        """The datetime micros microseconds after 0001-01-01 00:00."""
        days, rest = divmod(micros, 86400000000)
        if not 0 <= days < _MAXORDINAL:
            raise OverflowError('date value out of range')
        seconds, microsecond = divmod(rest, 1000000)
        hour, rest = divmod(seconds, 3600)
        minute, second = divmod(rest, 60)
        return cls(*_ord_to_ymd(days + 1), hour, minute, second, microsecond, tz)

    def _total(self):
        return (((self.toordinal() - 1) * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local date and time (or tz's) at the POSIX time t."""
        _check_tzinfo(tz)
        if not isinstance(t, (int, float)):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        micros = round(t * 1000000) if isinstance(t, float) else t * 1000000
        utc = cls._from_total(micros + _EPOCH_MICROS, None)
        if tz is None:
            offset, _ = _local_offset(micros // 1000000)
            return cls._from_total(micros + _EPOCH_MICROS + offset._total(), None)
        return tz.fromutc(utc.replace(tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """The UTC date and time (naive) at the POSIX time t."""
        micros = round(t * 1000000) if isinstance(t, float) else t * 1000000
        return cls._from_total(micros + _EPOCH_MICROS, None)

    @classmethod
    def now(cls, tz=None):
        """The local date and time now (or tz's)."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of date's date and time's time (and tzinfo, or time's)."""
        if not isinstance(date, globals()['date']):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, globals()['time']):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO date (as date.fromisoformat's), any one character and an ISO time (as time.fromisoformat's)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = date_string
        # any separator: a non-ASCII one (where one can be) counts as one character, as 'T'
        for pos in (7, 8, 10):
            if pos > len(text):
                break
            if pos < len(text) and not text[pos].isascii():
                text = text[:pos] + 'T' + text[pos + 1:]
                break
        data = _isoformat_bytes(text)
        separator = None if data is None else _isoformat_separator(data)
        date_part = None if separator is None else _parse_isoformat_date(data, separator)
        time_part = (0, 0, 0, 0, None)
        if date_part is not None and len(data) > separator:
            time_part = _parse_isoformat_time(data, separator + 1)
        if date_part is None or time_part is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*date_part, *time_part)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        if offset is not None and not isinstance(offset, timedelta):
            raise TypeError(f'tzinfo.utcoffset() must return None or timedelta, not \'{type(offset).__name__}\'')
        return offset

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timestamp(self):
        """The POSIX time of this datetime (a naive one is local time)."""
        offset = self.utcoffset()
        if offset is None:
            guess = (self._total() - _EPOCH_MICROS) // 1000000
            local, _ = _local_offset(guess)
            local, _ = _local_offset(guess - local // timedelta(seconds=1))
            return (self._total() - _EPOCH_MICROS - local._total()) / 1000000
        return (self._total() - _EPOCH_MICROS - offset._total()) / 1000000

    def astimezone(self, tz=None):
        """The same moment in tz (by default the local time zone, as a fixed offset)."""
        if tz is None:
            seconds = int(self.timestamp() // 1)
            offset, name = _local_offset(seconds)
            tz = timezone(offset, name)
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        offset = self.utcoffset()
        if offset is None:
            utc_micros = round(self.timestamp() * 1000000) + _EPOCH_MICROS
        else:
            utc_micros = self._total() - offset._total()
        utc = type(self)._from_total(utc_micros, tz)
        return tz.fromutc(utc)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = f"{_qualified(self)}({', '.join(map(str, fields))}"
        if self._tzinfo is not None:
            text += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def ctime(self):
        return self.strftime('%c')

    @classmethod
    def strptime(cls, *args):
        """strptime(date_string, format): the datetime that format (strftime's directives) reads from date_string."""
        if len(args) != 2:
            raise TypeError(f'strptime() takes exactly 2 arguments ({len(args)} given)')
        for index, arg in enumerate(args):
            if not isinstance(arg, str):
                raise TypeError(f'strptime() argument {index + 1} must be str, not '
                                f'{"None" if arg is None else type(arg).__name__}')
        import _strptime
        return _strptime._strptime_datetime(cls, *args)

    def timetuple(self):
        """The time.struct_time of this local time; tm_isdst from dst() (-1 when it is None)."""
        dst = self.dst()
        isdst = -1 if dst is None else 1 if dst else 0
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1, isdst))

    def utctimetuple(self):
        """The time.struct_time of this moment in UTC (a naive datetime is taken as UTC already)."""
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        y, m, d = moment._year, moment._month, moment._day
        return _time.struct_time((y, m, d, moment._hour, moment._minute, moment._second, moment.weekday(),
                                  moment.toordinal() - _ymd_to_ord(y, 1, 1) + 1, 0))

    def strftime(self, fmt):
        """The date and time formatted as the C library's strftime does."""
        return _strftime(fmt, self.timetuple(), self._microsecond, self.utcoffset(), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """This datetime with the fields given replaced."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _keys(self, other):
        """The two values compared: microseconds since 0001-01-01 (UTC when aware), or None when one is
        naive and the other aware."""
        mine, theirs = self.utcoffset(), other.utcoffset()
        if self._tzinfo is other._tzinfo:
            return self._total(), other._total()
        if (mine is None) != (theirs is None):
            return None
        a, b = self._total(), other._total()
        if mine is not None:
            a -= mine._total()
            b -= theirs._total()
        return a, b

    def _compare(self, other, op, name):
        if not isinstance(other, datetime):
            if name == 'eq' and isinstance(other, date):
                return False
            if name in ('eq', 'ne') or not isinstance(other, date):
                return NotImplemented
            raise TypeError(f"can't compare {_qualified(self)} to {_qualified(other)}")
        keys = self._keys(other)
        if keys is None:
            if name == 'eq':
                return False
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return op(keys[0], keys[1])

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            total = self._total() if offset is None else self._total() - offset._total()
            self._hashcode = hash(total)
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_total(self._total() + other._total(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_total(self._total() - other._total(), self._tzinfo)
        if isinstance(other, datetime):
            keys = self._keys(other)
            if keys is None:
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta._from_microseconds(keys[0] - keys[1])
        return NotImplemented

    def _getstate(self, protocol):
        micro = self._microsecond
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        state = bytes((self._year >> 8, self._year & 255, month, self._day, self._hour, self._minute, self._second,
                       micro >> 16, (micro >> 8) & 255, micro & 255))
        return (state,) if self._tzinfo is None else (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


# the C type's __qualname__ is a str of its own, not the module's name: pickle writes both in full
datetime.__qualname__ = ''.join(('date', 'time'))

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_MICROS = datetime(1970, 1, 1)._total()


# Frames that CPython runs in C leave no traceback entry: datetime is _datetime, written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals(), module='_datetime')
del _pyheap_c
