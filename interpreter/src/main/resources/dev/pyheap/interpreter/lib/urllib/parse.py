"""Parsing URLs into their parts and building them back (RFC 3986 as CPython 3.11 reads it):
urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag, the result tuples
(SplitResult, ParseResult, DefragResult and their bytes twins, with username, password,
hostname, port, geturl, encode/decode), and the percent-encoding functions quote, quote_plus,
quote_from_bytes, unquote, unquote_plus, unquote_to_bytes, urlencode, parse_qs, parse_qsl.

Also unwrap and the split* helpers urllib.request works with (_splittype, _splithost, _splituser,
_splitpasswd, _splitport, _splitquery, _splittag, _splitattr, _splitvalue; the public names
warn that they are deprecated). Left out: splitnport, the check of a
bracketed host as an IPv6 address (any text between brackets is accepted) and the NFKC check of
non-ASCII network locations.
"""

from collections import namedtuple
import re

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult",
           "SplitResult", "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# schemes whose URLs may be relative, have a network location, have parameters
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh',
               'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip',
                    'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtspu',
              'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp',
                 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# stripped from both ends of a URL (C0 controls and space), and removed anywhere (tab, CR, LF)
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility: there is no cache to clear."""


# str and bytes arguments: bytes are decoded as ASCII, worked on as str, and the results encoded

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding='ascii', errors='strict'):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


class _ResultMixinStr(object):
    """Results of str parsing: encode() gives the bytes counterpart."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[part.encode(encoding, errors) for part in self])


class _ResultMixinBytes(object):
    """Results of bytes parsing: decode() gives the str counterpart."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[part.decode(encoding, errors) for part in self])


class _NetlocResultMixinBase(object):
    """username, password, hostname and port, read from netloc: [user[:password]@]host[:port],
    where host may be [an IPv6 address]. The same code serves str and bytes: _mark() spells a
    separator in netloc's type."""
    __slots__ = ()

    def _mark(self, char):
        return char if isinstance(self.netloc, str) else char.encode()

    @property
    def _userinfo(self):
        credentials, at, _ = self.netloc.rpartition(self._mark('@'))
        if not at:
            return None, None
        name, colon, secret = credentials.partition(self._mark(':'))
        return name, secret if colon else None

    @property
    def _hostinfo(self):
        place = self.netloc.rpartition(self._mark('@'))[2]
        before, bracket, inside = place.partition(self._mark('['))
        if bracket:
            host, _, after = inside.partition(self._mark(']'))
            port = after.partition(self._mark(':'))[2]
        else:
            host, _, port = place.partition(self._mark(':'))
        return host, port or None

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # lower case, except an IPv6 zone after '%'
        host, percent, zone = host.partition(self._mark('%'))
        return host.lower() + percent + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(type(list[int]))


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase, _ResultMixinStr):
    """(url, fragment) from urldefrag."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    """(scheme, netloc, path, query, fragment) from urlsplit."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    """(scheme, netloc, path, params, query, fragment) from urlparse."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _str, _bytes in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                     (ParseResult, ParseResultBytes)):
    _str._encoded_counterpart = _bytes
    _bytes._decoded_counterpart = _str
del _str, _bytes


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    end = len(url)
    for c in '/?#':
        found = url.find(c, start)
        if found >= 0:
            end = min(end, found)
    return url[start:end], url[end:]


def _check_netloc(netloc):
    """Refuses a netloc that gains a separator under NFKC (as IDNA would read it: '\u2100' is 'a/c')."""
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = netloc
    for mark in '@:#?':
        plain = plain.replace(mark, '')
    folded = unicodedata.normalize('NFKC', plain)
    if folded != plain and any(mark in folded for mark in '/?#@:'):
        raise ValueError(f"netloc '{netloc}' contains invalid characters under NFKC normalization")


def _check_bracketed_host(host):
    """What stands in brackets must be an IPv6 address or an IPvFuture ('v' hex '.' text)."""
    if host.startswith('v'):
        if not re.match(r'\Av[a-fA-F0-9]+\..+\Z', host):
            raise ValueError('IPvFuture address is invalid')
        return
    import ipaddress
    if ipaddress.ip_address(host).version == 4:
        raise ValueError('An IPv4 address cannot be in brackets')


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits url into (scheme, netloc, path, query, fragment)."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for unsafe in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(unsafe, '')
        scheme = scheme.replace(unsafe, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:colon]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    return _coerce_result(SplitResult(scheme, netloc, url, query, fragment))


def urlparse(url, scheme='', allow_fragments=True):
    """Splits url into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, back = _coerce_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return back(ParseResult(parts.scheme, parts.netloc, path, params, parts.query, parts.fragment))


def urlunsplit(components):
    """The URL of a (scheme, netloc, path, query, fragment) tuple."""
    scheme, netloc, path, query, fragment, back = _coerce_args(*components)
    # an authority is written when there is one, or when the scheme always has one
    if netloc or (scheme and scheme in uses_netloc and path[:2] != '//'):
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + (netloc or '') + path
    text = f'{scheme}:{path}' if scheme else path
    if query:
        text = f'{text}?{query}'
    if fragment:
        text = f'{text}#{fragment}'
    return back(text)


def urlunparse(components):
    """The URL of a (scheme, netloc, path, params, query, fragment) tuple."""
    scheme, netloc, path, params, query, fragment, back = _coerce_args(*components)
    if params:
        path = f'{path};{params}'
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def _remove_dot_segments(segments):
    """RFC 3986 5.2.4 over a path's segments: '.' goes, '..' takes the segment before it away;
    a path ending in either ends with '/'."""
    kept = []
    for segment in segments:
        if segment == '..':
            if kept:
                kept.pop()
        elif segment != '.':
            kept.append(segment)
    if segments[-1] in ('.', '..'):
        kept.append('')
    return kept


def urljoin(base, url, allow_fragments=True):
    """url resolved against the base URL (RFC 3986's dot segments removed)."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _coerce_args(base, url)
    old = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, old.scheme, allow_fragments)
    if scheme != old.scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = old.netloc
    if not path and not params:
        # only a query and/or a fragment (or nothing) replaces the base's
        return back(urlunparse((scheme, netloc, old.path, old.params, query or old.query, fragment)))
    if path.startswith('/'):
        segments = path.split('/')
    else:
        directory = old.path.split('/')
        if directory[-1]:
            # the base's last segment names a file, not a directory
            directory.pop()
        segments = directory + path.split('/')
        # empty segments inside would make '//' when joined again
        segments[1:-1] = [segment for segment in segments[1:-1] if segment]
    joined = '/'.join(_remove_dot_segments(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    """(url without its fragment, the fragment)."""
    url, back = _coerce_args(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    parts = urlparse(url)
    return back(DefragResult(urlunparse(parts[:5] + ('',)), parts.fragment))


def _splittype(url):
    """('scheme', 'rest') for 'scheme:rest' (the scheme lower-cased), else (None, url)."""
    # (re's cache keeps the split* helpers' patterns compiled)
    found = re.match('([^/:]+):(.*)', url, re.DOTALL)
    if found:
        return found.group(1).lower(), found.group(2)
    return None, url


def unwrap(url):
    """'scheme://host/path' for '<URL:scheme://host/path>' (either wrapping optional)."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _splithost(url):
    """('host[:port]', '/path') for '//host[:port]/path', else (None, url)."""
    found = re.match('//([^/#?]*)(.*)', url, re.DOTALL)
    if not found:
        return None, url
    host, path = found.groups()
    if path and not path.startswith('/'):
        path = '/' + path
    return host, path


def _splituser(host):
    """('user[:passwd]', 'host[:port]') for 'user[:passwd]@host[:port]'; user None without '@'."""
    user, at, host = host.rpartition('@')
    return (user if at else None), host


def _splitpasswd(user):
    """('user', 'passwd') for 'user:passwd'; passwd None without ':'."""
    user, colon, passwd = user.partition(':')
    return user, (passwd if colon else None)


def _splitport(host):
    """('host', 'port') for 'host:port' with a non-empty numeric port, else (host, None)."""
    found = re.fullmatch('(.*):([0-9]*)', host, re.DOTALL)
    if found and found.group(2):
        return found.group(1), found.group(2)
    return (found.group(1) if found else host), None


def _split_last(url, separator):
    head, found, tail = url.rpartition(separator)
    return (head, tail) if found else (url, None)


def _splitquery(url):
    """('/path', 'query') for '/path?query'."""
    return _split_last(url, '?')


def _splittag(url):
    """('/path', 'tag') for '/path#tag'."""
    return _split_last(url, '#')


def _splitattr(url):
    """('/path', ['a=1', 'b=2']) for '/path;a=1;b=2'."""
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    """('attr', 'value') for 'attr=value'; value None without '='."""
    attr, equals, value = attr.partition('=')
    return attr, (value if equals else None)


def _deprecated(name, helper, instead='urllib.parse.urlparse()'):
    def split(*args):
        import warnings
        warnings.warn("urllib.parse.%s() is deprecated as of 3.8, use %s instead" % (name, instead),
                      DeprecationWarning, stacklevel=2)
        return helper(*args)
    split.__name__ = split.__qualname__ = name
    return split


splittype = _deprecated('splittype', _splittype)
splithost = _deprecated('splithost', _splithost)
splituser = _deprecated('splituser', _splituser)
splitpasswd = _deprecated('splitpasswd', _splitpasswd)
splitport = _deprecated('splitport', _splitport)
splitquery = _deprecated('splitquery', _splitquery)
splittag = _deprecated('splittag', _splittag)
splitattr = _deprecated('splitattr', _splitattr)
splitvalue = _deprecated('splitvalue', _splitvalue, 'urllib.parse.parse_qsl()')


_HEXDIG = '0123456789ABCDEFabcdef'


def unquote_to_bytes(string):
    """The bytes of string with its %XX escapes decoded."""
    if not string:
        string.split  # an AttributeError for what is not str or bytes
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = [pieces[0]]
    for piece in pieces[1:]:
        if len(piece) >= 2 and chr(piece[0]) in _HEXDIG and chr(piece[1]) in _HEXDIG:
            out.append(bytes([int(piece[:2], 16)]))
            out.append(piece[2:])
        else:
            out.append(b'%')
            out.append(piece)
    return b''.join(out)


_asciire = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """string with its %XX escapes decoded: the bytes of each run decoded by encoding."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    bits = _asciire.split(string)
    out = [bits[0]]
    for i in range(1, len(bits), 2):
        out.append(unquote_to_bytes(bits[i]).decode(encoding, errors))
        out.append(bits[i + 1])
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote with '+' read as a space (HTML form values)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


def quote(string, safe='/', encoding=None, errors=None):
    """string with every character but letters, digits, '_.-~' and safe as %XX escapes of its
    UTF-8 (or encoding) bytes."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote with spaces as '+' (HTML form values); '/' is escaped by default."""
    if isinstance(string, (str, bytes)) and (' ' if isinstance(string, str) else b' ') not in string:
        return quote(string, safe, encoding, errors)
    extra = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + extra, encoding, errors).replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """The bytes bs as str with %XX escapes."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    keep = _ALWAYS_SAFE.union(safe)
    out = []
    for b in bs:
        out.append(chr(b) if b in keep else '%{:02X}'.format(b))
    return ''.join(out)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as 'key=value&...' (quote_via on each); with doseq, a
    sequence value gives one pair per element."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        # a sequence of pairs; a str or a sequence of other things is refused
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err

    def quoted(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    pairs = []
    for key, value in query:
        name = quoted(key)
        spread = doseq and not isinstance(value, (bytes, str))
        if spread:
            try:
                len(value)
            except TypeError:
                spread = False
        pairs.extend(name + '=' + quoted(item) for item in (value if spread else (value,)))
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """The (name, value) pairs of a query string, unquoted, in order."""
    qs, back = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')

    def decoded(text):
        return back(unquote(text.replace('+', ' '), encoding=encoding, errors=errors))

    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError(f'bad query field: {field!r}')
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((decoded(name), decoded(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """The query string as a dict of name to the list of its values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
