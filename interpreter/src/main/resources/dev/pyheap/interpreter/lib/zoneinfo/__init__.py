"""IANA time zones from the system's TZif files, as CPython 3.11's zoneinfo.

A zone is a table of periods. Each TZif file lists the UTC instants at which the local rules
change and, for each, the period that starts there (UTC offset, DST flag, abbreviation); after
the last instant a POSIX TZ string (the file's footer) gives the rule for every later year.

Local wall times are looked up in two copies of the transition list, one per `fold`: a
transition moves the wall clock from the old offset to the new one, so it happens at two wall
times, UTC + the larger offset and UTC + the smaller one. With fold=0 a wall time inside a gap
or a repeated hour still belongs to the earlier period until the later of the two instants;
with fold=1 it already belongs to the new one from the earlier instant. UTC instants (fromutc)
are looked up in the UTC list directly, and fold=1 is set when the instant falls within the
repeated stretch just after a backward shift.

The offsets of DST itself (what dst() returns) are not in the file: a DST period's amount is
its offset minus the neighbouring standard period's, as CPython infers it, and an hour when
nothing tells.
"""

import weakref
from datetime import datetime, timedelta, tzinfo

from . import _common, _tzpath
from ._common import ZoneInfoNotFoundError

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

reset_tzpath = _tzpath.reset_tzpath
available_timezones = _tzpath.available_timezones
InvalidTZPathWarning = _tzpath.InvalidTZPathWarning

_EPOCH_ORDINAL = 719163          # date(1970, 1, 1).toordinal()
_MONTH_STARTS = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_STRONG_CACHE_SIZE = 8


def __getattr__(name):
    if name == 'TZPATH':
        return _tzpath.TZPATH
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


def __dir__():
    return sorted([*globals(), 'TZPATH'])


# --- calendar arithmetic in days since 1970-01-01 ---

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_since_epoch(year, month, day):
    before = year - 1
    days = before * 365 + before // 4 - before // 100 + before // 400
    days += _MONTH_STARTS[month] + (month > 2 and _is_leap(year))
    return days + day - _EPOCH_ORDINAL


def _wall_seconds(dt):
    """Seconds from 1970-01-01 00:00 to dt's wall time, both read as naive local times."""
    return (dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


class _Period:
    """One of a zone's local time types: offset from UTC, DST amount and abbreviation."""
    __slots__ = ('utcoff', 'dstoff', 'tzname', 'seconds')

    def __init__(self, seconds, dst_seconds, name, deltas):
        self.seconds = seconds
        self.utcoff = deltas(seconds)
        self.dstoff = deltas(dst_seconds)
        self.tzname = name

    def same_as(self, other):
        return (self.utcoff == other.utcoff and self.dstoff == other.dstoff
                and self.tzname == other.tzname)


_NO_PERIOD = _Period.__new__(_Period)
_NO_PERIOD.utcoff = _NO_PERIOD.dstoff = _NO_PERIOD.tzname = None


# --- the POSIX TZ string: std offset [dst [offset] ,start[/time],end[/time]] ---

class _Cursor:
    """A position in a TZ string; each reader returns None where the text does not fit."""
    __slots__ = ('text', 'at')

    def __init__(self, text):
        self.text = text
        self.at = 0

    def peek(self):
        return self.text[self.at] if self.at < len(self.text) else ''

    def take(self, char):
        if self.peek() == char:
            self.at += 1
            return True
        return False

    def digits(self, most, least=1):
        start = self.at
        while self.at - start < most and self.peek().isdigit() and self.peek().isascii():
            self.at += 1
        if self.at - start < least:
            return None
        return int(self.text[start:self.at])

    def name(self):
        if self.take('<'):
            start = self.at
            while (c := self.peek()) != '>':
                if not c or not (c.isascii() and (c.isalnum() or c in '+-')):
                    return None
                self.at += 1
            self.at += 1
            return self.text[start:self.at - 1]
        start = self.at
        while (c := self.peek()) and c.isascii() and c.isalpha():
            self.at += 1
        return self.text[start:self.at]

    def clock(self, hour_digits, two_digit_fields):
        """[sign] h[h] [:mm [:ss]] as (sign, hours, minutes, seconds), or None."""
        sign = -1 if self.peek() == '-' else 1
        if self.peek() in ('-', '+'):
            self.at += 1
        hours = self.digits(hour_digits)
        if hours is None:
            return None
        fields = [hours, 0, 0]
        for i in (1, 2):
            if not self.take(':'):
                break
            value = self.digits(2, 2)
            if value is None:
                return None
            fields[i] = value
        return sign, *fields


class _DayOfYear:
    """`Jn` (1-365, February 29 never counted) or `n` (0-365, counted)."""
    __slots__ = ('day', 'julian', 'hour', 'minute', 'second')

    def __init__(self, day, julian, hour, minute, second):
        if not julian <= day <= 365:
            raise ValueError(f'day must be in [{int(julian)}, 365], not: {day}')
        self.day, self.julian = day, julian
        self.hour, self.minute, self.second = hour, minute, second

    def local_seconds(self, year):
        day = self.day + (self.julian and self.day >= 59 and _is_leap(year))
        start = _days_since_epoch(year, 1, 1) - 1
        return (start + day) * 86400 + self.hour * 3600 + self.minute * 60 + self.second


class _WeekdayOfMonth:
    """`Mm.w.d`: weekday d (0 = Sunday) of week w (5 = the last) of month m."""
    __slots__ = ('month', 'week', 'weekday', 'hour', 'minute', 'second')

    def __init__(self, month, week, weekday, hour, minute, second):
        if not 0 < month <= 12:
            raise ValueError('Month must be in (0, 12]')
        if not 0 < week <= 5:
            raise ValueError('Week must be in (0, 5]')
        if not 0 <= weekday <= 6:
            raise ValueError('Day must be in [0, 6]')
        self.month, self.week, self.weekday = month, week, weekday
        self.hour, self.minute, self.second = hour, minute, second

    def local_seconds(self, year):
        first = _days_since_epoch(year, self.month, 1)
        first_weekday = (first + 4) % 7          # 1970-01-01 was a Thursday; 0 = Sunday
        day = 1 + (self.weekday - first_weekday) % 7 + (self.week - 1) * 7
        length = _MONTH_LENGTHS[self.month] + (self.month == 2 and _is_leap(year))
        if day > length:
            day -= 7
        return (first + day - 1) * 86400 + self.hour * 3600 + self.minute * 60 + self.second


def _read_rule_date(cursor):
    hour, minute, second = 2, 0, 0
    if cursor.take('M'):
        month = cursor.digits(2)
        if month is None or not cursor.take('.'):
            return None
        week = cursor.digits(1, 1)
        if week is None or not cursor.take('.'):
            return None
        weekday = cursor.digits(1, 1)
        if weekday is None:
            return None
        make = lambda h, m, s: _WeekdayOfMonth(month, week, weekday, h, m, s)
    else:
        julian = cursor.take('J')
        day = cursor.digits(3)
        if day is None:
            return None
        make = lambda h, m, s: _DayOfYear(day, julian, h, m, s)
    if cursor.take('/'):
        clock = cursor.clock(2, True)
        if clock is None:
            return None
        sign, h, m, s = clock
        hour, minute, second = sign * h, sign * m, sign * s
    return make(hour, minute, second)


class _Rule:
    """What the footer says for every instant after the file's last transition."""
    __slots__ = ('std', 'dst', 'start', 'end', 'dst_diff')

    def __init__(self, std, dst=None, start=None, end=None):
        self.std, self.dst, self.start, self.end = std, dst, start, end
        self.dst_diff = dst.seconds - std.seconds if dst is not None else 0

    def at_wall(self, seconds, fold, year):
        if self.dst is None:
            return self.std
        start = self.start.local_seconds(year)
        end = self.end.local_seconds(year)
        # the wall clock's ambiguous stretch goes to the period with the smaller offset
        # under fold=1 and to the other under fold=0
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        return self.dst if _within(seconds, start, end) else self.std

    def at_utc(self, seconds, year):
        if self.dst is None:
            return self.std, False
        start = self.start.local_seconds(year) - self.std.seconds
        end = self.end.local_seconds(year) - self.dst.seconds
        if self.dst_diff > 0:
            repeated = end <= seconds < end + self.dst_diff
        else:
            repeated = start <= seconds < start - self.dst_diff
        return (self.dst if _within(seconds, start, end) else self.std), repeated


def _within(seconds, start, end):
    if start < end:
        return start <= seconds < end
    return not end <= seconds < start


def _read_footer(footer, deltas):
    text = footer.decode()
    cursor = _Cursor(text)
    std_name = cursor.name()
    if not std_name:
        raise ValueError(f'Invalid STD format in {footer!r}')
    std_clock = cursor.clock(2, True)
    if std_clock is None or std_clock[1] > 24:
        raise ValueError(f'Invalid STD offset in {footer!r}')
    sign, h, m, s = std_clock
    std_seconds = -sign * (h * 3600 + m * 60 + s)
    std = _Period(std_seconds, 0, std_name, deltas)
    if cursor.at == len(text):
        return _Rule(std)
    dst_name = cursor.name()
    if not dst_name:
        raise ValueError(f'Invalid DST format in {footer!r}')
    if cursor.peek() == ',':
        dst_seconds = std_seconds + 3600
    else:
        dst_clock = cursor.clock(2, True)
        if dst_clock is None or dst_clock[1] > 24:
            raise ValueError(f'Invalid DST offset in {footer!r}')
        sign, h, m, s = dst_clock
        dst_seconds = -sign * (h * 3600 + m * 60 + s)
    dates = []
    for _ in range(2):
        if not cursor.take(','):
            raise ValueError(f'Missing transition rules in TZ string: {footer!r}')
        date = _read_rule_date(cursor)
        if date is None:
            raise ValueError(f'Malformed transition rule in TZ string: {footer!r}')
        dates.append(date)
    if cursor.at != len(text):
        raise ValueError(f'Extraneous characters at end of TZ string: {footer!r}')
    dst = _Period(dst_seconds, dst_seconds - std_seconds, dst_name, deltas)
    return _Rule(std, dst, *dates)


def _dst_amounts(indices, offsets, dst_flags):
    """The DST amount of each type, read from the standard type a transition leaves or enters."""
    amounts = [0] * len(offsets)
    for i in range(1, len(indices)):
        kind = indices[i]
        if not dst_flags[kind] or amounts[kind]:
            continue
        before = indices[i - 1]
        amount = 0 if dst_flags[before] else offsets[kind] - offsets[before]
        if not amount and kind < len(offsets) - 1 and i + 1 < len(indices):
            after = indices[i + 1]
            if dst_flags[after]:
                continue
            amount = offsets[kind] - offsets[after]
        amounts[kind] = amount
    return [amount or (3600 if flag else 0) for amount, flag in zip(amounts, dst_flags)]


class ZoneInfo(tzinfo):
    __slots__ = ('_key', '_file_repr', '_source', '_utc', '_wall', '_periods', '_before',
                 '_after', '_fixed', '__weakref__')

    _weak_cache = weakref.WeakValueDictionary()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._weak_cache = weakref.WeakValueDictionary()

    def __new__(cls, key):
        strong = _strong_cache(cls)
        if strong is not None:
            for i, (cached_key, zone) in enumerate(strong):
                if cached_key == key:
                    strong.insert(0, strong.pop(i))
                    return zone
        weak = cls._weak_cache
        zone = weak.get(key, None)
        if zone is None:
            zone = weak.setdefault(key, cls._load(key))
            zone._source = 'cache'
        if strong is not None:
            strong.insert(0, (key, zone))
            del strong[_STRONG_CACHE_SIZE:]
        return zone

    @classmethod
    def no_cache(cls, key):
        zone = cls._load(key)
        zone._source = 'no_cache'
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = tzinfo.__new__(cls)
        file_repr = repr(fobj)
        zone._read(fobj)
        zone._source = 'file'
        zone._file_repr = file_repr
        zone._key = key
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        strong = _strong_cache(cls)
        if only_keys is None:
            cls._weak_cache.clear()
            if strong is not None:
                strong.clear()
            return
        for key in only_keys:
            if strong is not None:
                strong[:] = [entry for entry in strong if not entry[0] == key]
            cls._weak_cache.pop(key, None)

    @classmethod
    def _load(cls, key):
        path = _tzpath.find_tzfile(key)
        stream = _common.load_tzdata(key) if path is None else open(path, 'rb')
        zone = tzinfo.__new__(cls)
        try:
            zone._read(stream)
        finally:
            stream.close()
        zone._key = key
        return zone

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls._load(key)

    def _read(self, stream):
        indices, utc, offsets, dst_flags, names, footer = _common.load_data(stream)
        for index in indices:
            if index > len(offsets):
                raise ValueError(f'Invalid transition index found while reading TZif: {index}')
        deltas = _timedelta_of
        amounts = _dst_amounts(indices, offsets, dst_flags)
        kinds = [_Period(offsets[i], amounts[i], names[i], deltas) for i in range(len(offsets))]
        self._utc = list(utc)
        self._periods = [kinds[i] for i in indices]
        # the wall times of each transition: [0] with the larger offset, [1] with the smaller
        later, earlier = [], []
        previous = offsets[0] if offsets else 0
        for instant, index in zip(utc, indices):
            new = offsets[index]
            later.append(instant + max(previous, new))
            earlier.append(instant + min(previous, new))
            previous = new
        self._wall = (later, earlier)
        self._before = next((kinds[i] for i in range(len(kinds)) if not dst_flags[i]),
                            kinds[0] if kinds else None)
        if footer:
            self._after = _read_footer(footer, deltas)
        else:
            if not kinds:
                raise ValueError('No time zone information found.')
            last = kinds[indices[-1]] if indices else kinds[-1]
            self._after = _Rule(_Period(last.seconds, 0, last.tzname, deltas))
            if last.dstoff:
                self._after.std.dstoff = last.dstoff
        if len(kinds) > 1 or self._after.dst is not None:
            self._fixed = False
        else:
            self._fixed = not kinds or kinds[0].same_as(self._after.std)

    @property
    def key(self):
        return self._key

    def _period_at(self, dt):
        if dt is None:
            return self._after.std if self._fixed else _NO_PERIOD
        seconds = _wall_seconds(dt)
        fold = dt.fold
        wall = self._wall[fold]
        if wall and seconds < wall[0]:
            return self._before
        if not wall or seconds > wall[-1]:
            return self._after.at_wall(seconds, fold, dt.year)
        return self._periods[_last_at_or_before(wall, seconds)]

    def utcoffset(self, dt):
        return self._period_at(dt).utcoff

    def dst(self, dt):
        return self._period_at(dt).dstoff

    def tzname(self, dt):
        return self._period_at(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        seconds = _wall_seconds(dt)
        utc = self._utc
        repeated = False
        if utc and seconds < utc[0]:
            period = self._before
        elif not utc or seconds > utc[-1]:
            period, repeated = self._after.at_utc(seconds, dt.year)
            if utc:
                # just after the file's last transition, the repeated stretch is the one
                # that transition made, not the rule's own
                previous = self._periods[-2] if len(utc) > 1 else self._before
                shift = previous.seconds - period.seconds
                if shift > 0 and seconds < utc[-1] + shift:
                    repeated = True
        else:
            n = _last_at_or_before(utc, seconds)
            period = self._periods[n]
            previous = self._periods[n - 1] if n >= 1 else self._before
            repeated = previous.seconds - period.seconds > seconds - utc[n]
        local = dt + period.utcoff
        return local.replace(fold=1) if repeated else local

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        # a class defined in C shows its module in the name, a Python subclass does not
        name = 'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return f'{name}(key={self._key!r})'
        return f'{name}.from_file({self._file_repr})'

    def __reduce__(self):
        if self._source == 'file':
            import pickle
            raise pickle.PicklingError('Cannot pickle a ZoneInfo file from a file stream.')
        return (_Unpickler(type(self)), (self._key, 1 if self._source == 'cache' else 0))


class _Unpickler:
    """`cls._unpickle` as pickle sees it: CPython reduces that bound method to
    `getattr(cls, '_unpickle')`, which this interpreter's method objects cannot do yet."""
    __slots__ = ('cls',)

    def __init__(self, cls):
        self.cls = cls

    def __call__(self, key, from_cache, /):
        return self.cls._unpickle(key, from_cache)

    def __reduce__(self):
        return getattr, (self.cls, '_unpickle')


# the strong cache (CPython's is for ZoneInfo itself, not its subclasses): (key, zone) pairs,
# the most recently used first, kept per interpreter in this module's namespace
_strong = []


def _strong_cache(cls):
    return _strong if cls is ZoneInfo else None


_deltas = {}


def _timedelta_of(seconds):
    delta = _deltas.get(seconds)
    if delta is None:
        delta = _deltas[seconds] = timedelta(seconds=seconds)
    return delta


def _last_at_or_before(values, target):
    """The index of the last value <= target (values sorted, values[0] <= target)."""
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if values[middle] > target:
            high = middle
        else:
            low = middle + 1
    return low - 1


# ZoneInfo and what it uses are CPython's _zoneinfo, a C module: their frames show in no traceback
# (the file searches and the tzdata lookup of _tzpath and _common are Python there too)
import _pyheap_c
_pyheap_c.stands_for_c(globals(), exclude=('__getattr__', '__dir__'), module='_zoneinfo')
del _pyheap_c
