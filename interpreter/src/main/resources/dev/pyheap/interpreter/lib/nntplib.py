"""An NNTP client (RFC 3977, with the older XOVER/XHDR/XGTITLE), deprecated since 3.11.

Replies are decoded as UTF-8 with surrogateescape; 4xx raise NNTPTemporaryError, 5xx
NNTPPermanentError, anything not starting 1-3 NNTPProtocolError. The multi-line replies (the
codes in _LONGRESP) end with a line '.', lines starting '..' losing one dot; they can go to a
file instead. Articles come back as ArticleInfo(number, message_id, lines), group lists as
GroupInfo(group, last, first, flag), overviews as (number, {field: value}) following the
server's LIST OVERVIEW.FMT. There is no ssl module here, so, as CPython built without ssl, no
NNTP_SSL and no starttls."""

import re
import socket
import collections
import datetime
import sys
import warnings
from email.header import decode_header as _email_decode_header
from socket import _GLOBAL_DEFAULT_TIMEOUT

_have_ssl = False

__all__ = ["NNTP", "NNTPError", "NNTPReplyError", "NNTPTemporaryError", "NNTPPermanentError",
           "NNTPProtocolError", "NNTPDataError", "decode_header"]

warnings._deprecated(__name__, remove=(3, 13))

# RFC 3977 says 512 bytes; servers send longer lines.
_MAXLINE = 2048


class NNTPError(Exception):
    """The base of this module's errors; response is the server's reply."""

    def __init__(self, *args):
        Exception.__init__(self, *args)
        try:
            self.response = args[0]
        except IndexError:
            self.response = 'No response given'


class NNTPReplyError(NNTPError):
    """An unexpected [123]xx reply."""


class NNTPTemporaryError(NNTPError):
    """4xx errors."""


class NNTPPermanentError(NNTPError):
    """5xx errors."""


class NNTPProtocolError(NNTPError):
    """A reply that does not begin with [1-5]."""


class NNTPDataError(NNTPError):
    """Error in the reply's data."""


NNTP_PORT = 119
NNTP_SSL_PORT = 563

_LONGRESP = {'100', '101', '211', '215', '220', '221', '222', '224', '225', '230', '231', '282'}
_DEFAULT_OVERVIEW_FMT = ["subject", "from", "date", "message-id", "references", ":bytes",
                         ":lines"]
_OVERVIEW_FMT_ALTERNATIVES = {'bytes': ':bytes', 'lines': ':lines'}
_CRLF = b'\r\n'

GroupInfo = collections.namedtuple('GroupInfo', ['group', 'last', 'first', 'flag'])
ArticleInfo = collections.namedtuple('ArticleInfo', ['number', 'message_id', 'lines'])


def decode_header(header_str):
    """A header's text with its RFC 2047 encoded words decoded."""
    parts = []
    for value, charset in _email_decode_header(header_str):
        parts.append(value.decode(charset or 'ascii') if isinstance(value, bytes) else value)
    return ''.join(parts)


def _parse_overview_fmt(lines):
    """The field names of LIST OVERVIEW.FMT; they must start with the default ones."""
    fmt = []
    for line in lines:
        if line[0] == ':':
            name, _, suffix = line[1:].partition(':')
            name = ':' + name
        else:
            name, _, suffix = line.partition(':')
        name = name.lower()
        fmt.append(_OVERVIEW_FMT_ALTERNATIVES.get(name, name))
    if len(fmt) < len(_DEFAULT_OVERVIEW_FMT):
        raise NNTPDataError("LIST OVERVIEW.FMT response too short")
    if fmt[:len(_DEFAULT_OVERVIEW_FMT)] != _DEFAULT_OVERVIEW_FMT:
        raise NNTPDataError("LIST OVERVIEW.FMT redefines default fields")
    return fmt


def _parse_overview(lines, fmt, data_process_func=None):
    """(article number, {field: value}) per OVER line; the extra fields carry their header
    name, which is taken off (an empty one is None)."""
    n_defaults = len(_DEFAULT_OVERVIEW_FMT)
    overview = []
    for line in lines:
        fields = {}
        article_number, *tokens = line.split('\t')
        for i, token in enumerate(tokens):
            if i >= len(fmt):
                continue
            field_name = fmt[i]
            if i >= n_defaults and not field_name.startswith(':'):
                prefix = field_name + ": "
                if token and token[:len(prefix)].lower() != prefix:
                    raise NNTPDataError("OVER/XOVER response doesn't include names of "
                                        "additional headers")
                token = token[len(prefix):] if token else None
            fields[field_name] = token
        overview.append((int(article_number), fields))
    return overview


def _parse_datetime(date_str, time_str=None):
    """A datetime from 'YYYYMMDD' (or 'YYMMDD') and 'hhmmss', or one 'YYYYMMDDhhmmss'."""
    if time_str is None:
        time_str = date_str[-6:]
        date_str = date_str[:-6]
    hours, minutes, seconds = int(time_str[:2]), int(time_str[2:4]), int(time_str[4:])
    year, month, day = int(date_str[:-4]), int(date_str[-4:-2]), int(date_str[-2:])
    if year < 70:
        year += 2000
    elif year < 100:
        year += 1900
    return datetime.datetime(year, month, day, hours, minutes, seconds)


def _unparse_datetime(dt, legacy=False):
    """('YYYYMMDD', 'hhmmss') of a date or datetime; legacy: a two-digit year."""
    if not isinstance(dt, datetime.datetime):
        time_str = "000000"
    else:
        time_str = "{0.hour:02d}{0.minute:02d}{0.second:02d}".format(dt)
    year = dt.year
    if legacy:
        date_str = "{0:02d}{1.month:02d}{1.day:02d}".format(year % 100, dt)
    else:
        date_str = "{0:04d}{1.month:02d}{1.day:02d}".format(year, dt)
    return date_str, time_str


class NNTP:
    """A connection to a news server: reads the welcome and the capabilities at once, logs in
    when given a user (or usenetrc)."""

    encoding = 'utf-8'
    errors = 'surrogateescape'

    def __init__(self, host, port=NNTP_PORT, user=None, password=None, readermode=None,
                 usenetrc=False, timeout=_GLOBAL_DEFAULT_TIMEOUT):
        self.host = host
        self.port = port
        self.sock = self._create_socket(timeout)
        self.file = None
        try:
            self.file = self.sock.makefile("rwb")
            self._base_init(readermode)
            if user or usenetrc:
                self.login(user, password, usenetrc)
        except:
            if self.file:
                self.file.close()
            self.sock.close()
            raise

    def _base_init(self, readermode):
        self.debugging = 0
        self.welcome = self._getresp()
        self._caps = None
        self.getcapabilities()
        # A server that is not in reader mode may need MODE READER (possibly only after
        # authentication, a 480 reply says).
        self.readermode_afterauth = False
        if readermode and 'READER' not in self._caps:
            self._setreadermode()
            if not self.readermode_afterauth:
                self._caps = None
                self.getcapabilities()
        self.tls_on = False
        self.authenticated = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        def is_connected():
            return hasattr(self, "file")
        if is_connected():
            try:
                self.quit()
            except (OSError, EOFError):
                pass
            finally:
                if is_connected():
                    self._close()

    def _create_socket(self, timeout):
        if timeout is not None and not timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        return socket.create_connection((self.host, self.port), timeout)

    def getwelcome(self):
        if self.debugging:
            print('*welcome*', repr(self.welcome))
        return self.welcome

    def getcapabilities(self):
        """The server's capabilities ({} when it has no CAPABILITIES command)."""
        if self._caps is None:
            self.nntp_version = 1
            self.nntp_implementation = None
            try:
                resp, caps = self.capabilities()
            except (NNTPPermanentError, NNTPTemporaryError):
                self._caps = {}
            else:
                self._caps = caps
                if 'VERSION' in caps:
                    self.nntp_version = max(map(int, caps['VERSION']))
                if 'IMPLEMENTATION' in caps:
                    self.nntp_implementation = ' '.join(caps['IMPLEMENTATION'])
        return self._caps

    def set_debuglevel(self, level):
        self.debugging = level

    debug = set_debuglevel

    def _putline(self, line):
        line = line + _CRLF
        if self.debugging > 1:
            print('*put*', repr(line))
        self.file.write(line)
        self.file.flush()

    def _putcmd(self, line):
        if self.debugging:
            print('*cmd*', repr(line))
        self._putline(line.encode(self.encoding, self.errors))

    def _getline(self, strip_crlf=True):
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise NNTPDataError('line too long')
        if self.debugging > 1:
            print('*get*', repr(line))
        if not line:
            raise EOFError
        if strip_crlf:
            if line[-2:] == _CRLF:
                line = line[:-2]
            elif line[-1:] in _CRLF:
                line = line[:-1]
        return line

    def _getresp(self):
        resp = self._getline()
        if self.debugging:
            print('*resp*', repr(resp))
        resp = resp.decode(self.encoding, self.errors)
        kind = resp[:1]
        if kind == '4':
            raise NNTPTemporaryError(resp)
        if kind == '5':
            raise NNTPPermanentError(resp)
        if kind not in '123':
            raise NNTPProtocolError(resp)
        return resp

    def _getlongresp(self, file=None):
        """(reply, lines as bytes); with file (a path or a binary file) the lines go there
        with their ends, and the list is empty."""
        opened = None
        try:
            if isinstance(file, (str, bytes)):
                opened = file = open(file, "wb")
            resp = self._getresp()
            if resp[:3] not in _LONGRESP:
                raise NNTPReplyError(resp)
            lines = []
            # Into a file the lines go with their ends.
            keep_ends = file is not None
            store = file.write if keep_ends else lines.append
            terminators = (b'.' + _CRLF, b'.\n') if keep_ends else (b'.',)
            while True:
                line = self._getline(not keep_ends)
                if line in terminators:
                    break
                if line.startswith(b'..'):
                    line = line[1:]
                store(line)
        finally:
            if opened:
                opened.close()
        return resp, lines

    def _shortcmd(self, line):
        self._putcmd(line)
        return self._getresp()

    def _longcmd(self, line, file=None):
        self._putcmd(line)
        return self._getlongresp(file)

    def _longcmdstring(self, line, file=None):
        self._putcmd(line)
        resp, lines = self._getlongresp(file)
        return resp, [text.decode(self.encoding, self.errors) for text in lines]

    def _getoverviewfmt(self):
        try:
            return self._cachedoverviewfmt
        except AttributeError:
            pass
        try:
            resp, lines = self._longcmdstring("LIST OVERVIEW.FMT")
        except NNTPPermanentError:
            fmt = _DEFAULT_OVERVIEW_FMT[:]
        else:
            fmt = _parse_overview_fmt(lines)
        self._cachedoverviewfmt = fmt
        return fmt

    def _grouplist(self, lines):
        return [GroupInfo(*line.split()) for line in lines]

    def capabilities(self):
        caps = {}
        resp, lines = self._longcmdstring("CAPABILITIES")
        for line in lines:
            name, *tokens = line.split()
            caps[name] = tokens
        return resp, caps

    def _dated_command(self, verb, date, file, group=None):
        if not isinstance(date, (datetime.date, datetime.date)):
            raise TypeError("the date parameter must be a date or datetime object, "
                            "not '{:40}'".format(date.__class__.__name__))
        date_str, time_str = _unparse_datetime(date, self.nntp_version < 2)
        words = [verb] + ([group] if group is not None else []) + [date_str, time_str]
        return self._longcmdstring(' '.join(words), file)

    def newgroups(self, date, *, file=None):
        resp, lines = self._dated_command('NEWGROUPS', date, file)
        return resp, self._grouplist(lines)

    def newnews(self, group, date, *, file=None):
        return self._dated_command('NEWNEWS', date, file, group)

    def list(self, group_pattern=None, *, file=None):
        command = 'LIST' if group_pattern is None else 'LIST ACTIVE ' + group_pattern
        resp, lines = self._longcmdstring(command, file)
        return resp, self._grouplist(lines)

    def _getdescriptions(self, group_pattern, return_all):
        line_pat = re.compile('^(?P<group>[^ \t]+)[ \t]+(.*)$')
        resp, lines = self._longcmdstring('LIST NEWSGROUPS ' + group_pattern)
        if not resp.startswith('215'):
            # Servers of RFC 2980's time answer XGTITLE instead.
            resp, lines = self._longcmdstring('XGTITLE ' + group_pattern)
        groups = {}
        for raw_line in lines:
            match = line_pat.search(raw_line.strip())
            if match:
                name, desc = match.group(1, 2)
                if not return_all:
                    return desc
                groups[name] = desc
        if return_all:
            return resp, groups
        return ''

    def description(self, group):
        return self._getdescriptions(group, False)

    def descriptions(self, group_pattern):
        return self._getdescriptions(group_pattern, True)

    def group(self, name):
        """(reply, count, first, last, name) of GROUP."""
        resp = self._shortcmd('GROUP ' + name)
        if not resp.startswith('211'):
            raise NNTPReplyError(resp)
        words = resp.split()
        count = first = last = 0
        if len(words) > 1:
            count = words[1]
        if len(words) > 2:
            first = words[2]
        if len(words) > 3:
            last = words[3]
        if len(words) > 4:
            name = words[4].lower()
        return resp, int(count), int(first), int(last), name

    def help(self, *, file=None):
        return self._longcmdstring('HELP', file)

    def _statparse(self, resp):
        if not resp.startswith('22'):
            raise NNTPReplyError(resp)
        words = resp.split()
        return resp, int(words[1]), words[2]

    def _statcmd(self, line):
        return self._statparse(self._shortcmd(line))

    def stat(self, message_spec=None):
        if message_spec:
            return self._statcmd('STAT {0}'.format(message_spec))
        return self._statcmd('STAT')

    def next(self):
        return self._statcmd('NEXT')

    def last(self):
        return self._statcmd('LAST')

    def _artcmd(self, line, file=None):
        resp, lines = self._longcmd(line, file)
        resp, art_num, message_id = self._statparse(resp)
        return resp, ArticleInfo(art_num, message_id, lines)

    def _article_part(self, verb, message_spec, file):
        cmd = verb if message_spec is None else '{0} {1}'.format(verb, message_spec)
        return self._artcmd(cmd, file)

    def head(self, message_spec=None, *, file=None):
        return self._article_part('HEAD', message_spec, file)

    def body(self, message_spec=None, *, file=None):
        return self._article_part('BODY', message_spec, file)

    def article(self, message_spec=None, *, file=None):
        return self._article_part('ARTICLE', message_spec, file)

    def slave(self):
        return self._shortcmd('SLAVE')

    def xhdr(self, hdr, str, *, file=None):
        """(reply, [(article number, header value)]) of XHDR."""
        pat = re.compile('^([0-9]+) ?(.*)\n?')
        resp, lines = self._longcmdstring('XHDR {0} {1}'.format(hdr, str), file)

        def remove_number(line):
            match = pat.match(line)
            return match.group(1, 2) if match else line
        return resp, [remove_number(line) for line in lines]

    def xover(self, start, end, *, file=None):
        resp, lines = self._longcmdstring('XOVER {0}-{1}'.format(start, end), file)
        return resp, _parse_overview(lines, self._getoverviewfmt())

    def over(self, message_spec, *, file=None):
        """OVER (XOVER where the server lacks it) for a message id, a number or a
        (start, end) range (end None: to the last)."""
        cmd = 'OVER' if 'OVER' in self._caps else 'XOVER'
        if isinstance(message_spec, (tuple, list)):
            start, end = message_spec
            cmd += ' {0}-{1}'.format(start, end or '')
        elif message_spec is not None:
            cmd = cmd + ' ' + message_spec
        resp, lines = self._longcmdstring(cmd, file)
        return resp, _parse_overview(lines, self._getoverviewfmt())

    def date(self):
        """(reply, the server's datetime)."""
        resp = self._shortcmd("DATE")
        if not resp.startswith('111'):
            raise NNTPReplyError(resp)
        fields = resp.split()
        if len(fields) != 2:
            raise NNTPDataError(resp)
        date = fields[1]
        if len(date) != 14:
            raise NNTPDataError(resp)
        return resp, _parse_datetime(date, None)

    def _post(self, command, f):
        resp = self._shortcmd(command)
        if not resp.startswith('3'):
            raise NNTPReplyError(resp)
        if isinstance(f, (bytes, bytearray)):
            f = f.splitlines()
        for line in f:
            if not line.endswith(_CRLF):
                line = line.rstrip(b"\r\n") + _CRLF
            if line.startswith(b'.'):
                line = b'.' + line
            self.file.write(line)
        self.file.write(b".\r\n")
        self.file.flush()
        return self._getresp()

    def post(self, data):
        """Post an article (bytes, or an iterable of bytes lines)."""
        return self._post('POST', data)

    def ihave(self, message_id, data):
        return self._post('IHAVE {0}'.format(message_id), data)

    def _close(self):
        try:
            if self.file:
                self.file.close()
                del self.file
        finally:
            self.sock.close()

    def quit(self):
        try:
            resp = self._shortcmd('QUIT')
        finally:
            self._close()
        return resp

    def login(self, user=None, password=None, usenetrc=True):
        """AUTHINFO USER/PASS (the user and password from ~/.netrc with usenetrc)."""
        if self.authenticated:
            raise ValueError("Already logged in.")
        if not user and not usenetrc:
            raise ValueError("At least one of `user` and `usenetrc` must be specified")
        try:
            if usenetrc and not user:
                import netrc
                auth = netrc.netrc().authenticators(self.host)
                if auth:
                    user = auth[0]
                    password = auth[2]
        except OSError:
            pass
        if not user:
            return
        resp = self._shortcmd('authinfo user ' + user)
        if resp.startswith('381'):
            if not password:
                raise NNTPReplyError(resp)
            resp = self._shortcmd('authinfo pass ' + password)
            if not resp.startswith('281'):
                raise NNTPPermanentError(resp)
        self._caps = None
        self.getcapabilities()
        if self.readermode_afterauth and 'READER' not in self._caps:
            self._setreadermode()
            self._caps = None
            self.getcapabilities()

    def _setreadermode(self):
        try:
            self.welcome = self._shortcmd('mode reader')
        except NNTPPermanentError:
            pass
        except NNTPTemporaryError as e:
            if e.response.startswith('480'):
                self.readermode_afterauth = True
            else:
                raise
