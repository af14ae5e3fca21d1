"""Helpers for addresses, dates, quoting and RFC 2231 parameters."""

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
    'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
    'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
    'quote', 'unquote', 'localtime',
]

import datetime
import os
import random
import re
import socket
import time
import urllib.parse

from email.charset import Charset

COMMASPACE = ', '
SPACE = ' '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """Whether s holds bytes smuggled in by the surrogateescape handler."""
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


def _sanitize(string):
    original = string.encode('utf-8', 'surrogateescape')
    return original.decode('utf-8', 'replace')


def quote(s):
    """Backslash-escape the backslashes and double quotes of s."""
    return s.replace('\\', '\\\\').replace('"', '\\"')


def unquote(s):
    """Strip one pair of double quotes or angle brackets from s."""
    if len(s) > 1:
        if s[0] == '"' and s[-1] == '"':
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s[0] == '<' and s[-1] == '>':
            return s[1:-1]
    return s


# Addresses: a small scanner over RFC 5322's tokens (atoms, quoted strings,
# comments, angle addresses, group colons and semicolons, commas).

def _scan_addresses(text):
    """The (name, address) pairs of an address-list field."""
    result = []
    pos = 0
    n = len(text)
    words = []          # phrase or addr-spec pieces: (kind, text, after white space)
    spaced = False
    comments = []
    angle = None

    def finish():
        nonlocal words, comments, angle, spaced
        if angle is not None:
            name = EMPTYSTRING.join((' ' if spaced and i else '') + t
                                    for i, (k, t, spaced) in enumerate(words))
            if not name and comments:
                name = comments[0]
            result.append((name, angle))
        elif words:
            if any('@' in t for k, t, sp in words if k == 'atom') or '.' in words[0][1]:
                addr = EMPTYSTRING.join(t if k == 'atom' else '"%s"' % quote(t)
                                        for k, t, sp in words)
            else:
                # a phrase with no addr-spec: its first word stands for the address
                addr = words[0][1]
            result.append((SPACE.join(comments), addr))
        words, comments, angle, spaced = [], [], None, False

    group_start = None  # len(result) where the group being read began
    empty_item = True   # nothing read since the last top-level comma (or the start)

    while pos < n:
        ch = text[pos]
        if ch in ' \t\r\n':
            pos += 1
            spaced = True
            continue
        elif ch == '"':
            pos += 1
            buf = []
            while pos < n and text[pos] != '"':
                if text[pos] == '\\' and pos + 1 < n:
                    pos += 1
                buf.append(text[pos])
                pos += 1
            pos += 1
            words.append(('quoted', EMPTYSTRING.join(buf), spaced))
        elif ch == '(':
            depth = 0
            buf = []
            while pos < n:
                c = text[pos]
                if c == '\\' and pos + 1 < n:
                    buf.append(text[pos + 1])
                    pos += 2
                    continue
                if c == '(':
                    depth += 1
                    if depth > 1:
                        buf.append(c)
                elif c == ')':
                    depth -= 1
                    if depth == 0:
                        pos += 1
                        break
                    buf.append(c)
                else:
                    buf.append(c)
                pos += 1
            comments.append(EMPTYSTRING.join(buf))
        elif ch == '<':
            end = text.find('>', pos)
            if end < 0:
                end = n
            inner = text[pos + 1:end].strip()
            if inner.startswith('@') and ':' in inner:
                inner = inner[inner.index(':') + 1:]
            angle = EMPTYSTRING.join(inner.split())
            pos = end + 1
        elif ch == ',':
            if empty_item and group_start is None and not words and angle is None:
                result.append(('', ''))
            finish()
            pos += 1
            empty_item = group_start is None
            spaced = False
            continue
        elif ch == ':' and angle is None:
            # A group's name: its members follow.
            words, comments = [], []
            group_start = len(result)
            pos += 1
        elif ch == ';':
            finish()
            if group_start is not None and len(result) == group_start:
                result.append(('', ''))  # an empty group
            group_start = None
            pos += 1
        else:
            start = pos
            while pos < n and text[pos] not in ' \t\r\n"(<,;:':
                pos += 1
            words.append(('atom', text[start:pos], spaced))
        spaced = False
        empty_item = False
    finish()
    return result


def getaddresses(fieldvalues):
    """The (name, address) pairs of all the given address fields."""
    joined = COMMASPACE.join(str(v) for v in fieldvalues)
    return _scan_addresses(joined)


def parseaddr(addr):
    """The first (name, address) pair of addr, or ('', '') when there is none."""
    pairs = _scan_addresses(addr if isinstance(addr, str) else str(addr))
    if not pairs:
        return ('', '')
    return pairs[0]


def formataddr(pair, charset='utf-8'):
    """'name <address>' with the name quoted or RFC 2047-encoded as it needs."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            charset = Charset(charset)
        return '%s <%s>' % (charset.header_encode(name), address)
    quotes = ''
    if specialsre.search(name):
        quotes = '"'
    name = escapesre.sub(r'\\\g<0>', name)
    return '%s%s%s <%s>' % (quotes, name, quotes, address)


# Dates (RFC 5322 section 3.3 and the obsolete forms mail still carries).

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_MONTH_WORDS = [m.lower() for m in _MONTHS] + [
    'january', 'february', 'march', 'april', 'may', 'june', 'july',
    'august', 'september', 'october', 'november', 'december']
_DAY_WORDS = [d.lower() for d in _DAYS]
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}


def _date_fields(data):
    """[year, month, day, hour, minute, second, 0, 1, -1, offset or None], or None."""
    if not data:
        return None
    parts = data.split()
    if not parts:
        return None
    head = parts[0]
    if head.endswith(',') or head.lower() in _DAY_WORDS:
        del parts[0]
    else:
        comma = head.rfind(',')
        if comma >= 0:
            parts[0] = head[comma + 1:]
    if len(parts) == 3:
        dashed = parts[0].split('-')
        if len(dashed) == 3:
            parts = dashed + parts[1:]
    if len(parts) == 4:
        last = parts[3]
        sign = last.find('+')
        if sign == -1:
            sign = last.find('-')
        if sign > 0:
            parts[3:] = [last[:sign], last[sign:]]
        else:
            parts.append('')
    if len(parts) < 5:
        return None
    day, month, year, clock, zone = parts[:5]
    if not (day and month and year):
        return None
    month = month.lower()
    if month not in _MONTH_WORDS:
        day, month = month, day.lower()
        if month not in _MONTH_WORDS:
            return None
    month = _MONTH_WORDS.index(month) + 1
    if month > 12:
        month -= 12
    if day[-1] == ',':
        day = day[:-1]
    if year.find(':') > 0:
        year, clock = clock, year
    if year[-1] == ',':
        year = year[:-1]
        if not year:
            return None
    if not year[0].isdigit():
        year, zone = zone, year
    if clock[-1] == ',':
        clock = clock[:-1]
    pieces = clock.split(':')
    if len(pieces) == 2:
        hour, minute = pieces
        second = '0'
    elif len(pieces) == 3:
        hour, minute, second = pieces
    elif len(pieces) == 1 and '.' in pieces[0]:
        pieces = pieces[0].split('.')
        if len(pieces) == 2:
            hour, minute = pieces
            second = 0
        elif len(pieces) == 3:
            hour, minute, second = pieces
        else:
            return None
    else:
        return None
    try:
        year = int(year)
        day = int(day)
        hour = int(hour)
        minute = int(minute)
        second = int(second)
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    offset = None
    zone = zone.upper()
    if zone in _ZONES:
        offset = _ZONES[zone]
    else:
        try:
            offset = int(zone)
        except ValueError:
            pass
        if offset == 0 and zone.startswith('-'):
            offset = None
    if offset:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [year, month, day, hour, minute, second, 0, 1, -1, offset]


def parsedate_tz(data):
    """A 10-tuple: a time tuple and the zone's offset in seconds (0 when unknown)."""
    fields = _date_fields(data)
    if not fields:
        return fields
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """A 9-item time tuple, or None."""
    fields = parsedate_tz(data)
    if isinstance(fields, tuple):
        return fields[:9]
    return fields


def mktime_tz(data):
    """The POSIX timestamp of a parsedate_tz tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """A datetime, aware when the date names a zone."""
    fields = _date_fields(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *when, offset = fields
    if offset is None:
        return datetime.datetime(*when[:6])
    return datetime.datetime(*when[:6], tzinfo=datetime.timezone(
        datetime.timedelta(seconds=offset)))


def _format_fields(fields, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[fields[6]], fields[2], _MONTHS[fields[1] - 1], fields[0],
        fields[3], fields[4], fields[5], zone)


def format_datetime(dt, usegmt=False):
    """An RFC 5322 date for dt: GMT when usegmt, -0000 for a naive one."""
    fields = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime('%z')
    return _format_fields(fields, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 5322 date for a timestamp (now by default)."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def localtime(dt=None, isdst=-1):
    """dt (now by default) as an aware datetime in the local zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A Message-ID: <time.pid.random[.idstring]@domain>."""
    stamp = int(time.time() * 100)
    pid = os.getpid()
    salt = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (stamp, pid, salt, idstring, domain)


# RFC 2231 parameters: charset'language'percent-encoded, possibly in numbered pieces.

_rfc2231_split = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def decode_rfc2231(s):
    """(charset, language, text) of an RFC 2231 value, or (None, None, s)."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded and prefixed with charset'language' when a charset is given."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


def decode_params(params):
    """Join and decode the RFC 2231 pieces of a parsed parameter list."""
    new_params = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        found = _rfc2231_split.match(name)
        if found:
            name, num = found.group('name', 'num')
            if num is not None:
                num = int(num)
            pieces.setdefault(name, []).append((num, value, encoded))
        else:
            new_params.append((name, '"%s"' % quote(value)))
    for name, continuations in pieces.items():
        continuations.sort(key=lambda item: -1 if item[0] is None else item[0])
        text = []
        extended = False
        for num, piece, encoded in continuations:
            if encoded:
                piece = urllib.parse.unquote(piece, encoding='latin-1')
                extended = True
            text.append(piece)
        value = quote(EMPTYSTRING.join(text))
        if extended:
            charset, language, value = decode_rfc2231(value)
            new_params.append((name, (charset, language, '"%s"' % value)))
        else:
            new_params.append((name, '"%s"' % value))
    return new_params


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A parameter value as text: an RFC 2231 triple decoded, else unquoted."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    raw = bytes(text, 'raw-unicode-escape')
    try:
        return str(raw, charset, errors)
    except LookupError:
        return unquote(text)
