"""The module-level names of sqlite3: _sqlite3's, the DB-API type constructors, and the default
adapters (date and datetime to ISO text) and converters ("date" and "timestamp" columns)."""

import collections.abc
import datetime
import time

from _sqlite3 import *
from _sqlite3 import _ERROR_NAMES  # noqa: F401  (the result codes' names, for the exceptions)

paramstyle = 'qmark'
apilevel = '2.0'

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


version_info = tuple(int(part) for part in version.split('.'))
sqlite_version_info = tuple(int(part) for part in sqlite_version.split('.'))

Binary = memoryview
collections.abc.Sequence.register(Row)


def register_adapters_and_converters():
    def adapt_date(val):
        return val.isoformat()

    def adapt_datetime(val):
        return val.isoformat(' ')

    def convert_date(val):
        return datetime.date(*map(int, val.split(b'-')))

    def convert_timestamp(val):
        day, clock = val.split(b' ')
        year, month, mday = map(int, day.split(b'-'))
        parts = clock.split(b'.')
        hours, minutes, seconds = map(int, parts[0].split(b':'))
        micro = int(parts[1].decode().ljust(6, '0')[:6]) if len(parts) == 2 else 0
        return datetime.datetime(year, month, mday, hours, minutes, seconds, micro)

    register_adapter(datetime.date, adapt_date)
    register_adapter(datetime.datetime, adapt_datetime)
    register_converter('date', convert_date)
    register_converter('timestamp', convert_timestamp)


register_adapters_and_converters()

# The function is for the module's set-up only.
del register_adapters_and_converters
