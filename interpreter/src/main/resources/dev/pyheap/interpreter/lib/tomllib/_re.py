"""The regular expressions of TOML's dates, times and numbers, and the values their matches spell
(CPython's tomllib._re)."""

import re
from datetime import date, datetime, time, timedelta, timezone

_CLOCK = r"([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,6})\d*)?"
RE_LOCALTIME = re.compile(_CLOCK, re.ASCII)
RE_DATETIME = re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"(?:[Tt ]" + _CLOCK + r"(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?", re.ASCII)
_DIGITS = r"\d(?:_?\d)*"
RE_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?\d)*)(?P<frac>(?:\." + _DIGITS + r")?(?:[eE][+-]?" + _DIGITS + r")?)",
    re.ASCII)


def _micros(frac):
    return int((frac + "00000")[:6]) if frac else 0


_zones = {}


def cached_tz(sign, hours, minutes):
    key = (sign, hours, minutes)
    tz = _zones.get(key)
    if tz is None:
        k = -1 if sign == "-" else 1
        tz = _zones[key] = timezone(timedelta(hours=k * int(hours), minutes=k * int(minutes)))
    return tz


def match_to_datetime(match):
    """The date or datetime a match of RE_DATETIME spells (ValueError for a day the month lacks)."""
    y, mo, d, h, mi, s, frac, zulu, sign, oh, om = match.groups()
    if h is None:
        return date(int(y), int(mo), int(d))
    if sign:
        tz = cached_tz(sign, oh, om)
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), _micros(frac), tzinfo=tz)


def match_to_localtime(match):
    h, mi, s, frac = match.groups()
    return time(int(h), int(mi), int(s), _micros(frac))


def match_to_number(match, parse_float):
    if match.group("frac"):
        return parse_float(match.group())
    return int(match.group(), 0)
