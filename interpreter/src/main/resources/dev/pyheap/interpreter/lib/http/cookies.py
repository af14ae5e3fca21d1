"""HTTP state management as the Set-Cookie and Cookie headers carry it (RFC 2109 with the
looser parsing browsers need).

A cookie jar here is a dict from a cookie's name to a Morsel, itself a dict of the cookie's
attributes (only the reserved names below) plus its key, its value and the value as it goes on
the wire (coded_value). BaseCookie leaves values as given; SimpleCookie quotes a value whose
characters are not all legal in a token: the value in double quotes, with '"' and '\\' escaped
by a backslash and characters outside the printable ASCII range as a three-digit octal escape.
Parsing walks the header with one regular expression per name[=value] item: items whose name is
an attribute ('$Path' or 'Path') go to the last cookie seen; a header that starts with an
attribute, or has a bare word that is not a flag, is dropped from that point on."""

import re
import string
import time
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

# Every byte not written as itself becomes an octal escape; the quote and the backslash get a
# backslash of their own.
_Translator = {code: '\\%03o' % code for code in range(256) if chr(code) not in _UnescapedChars}
_Translator[ord('"')] = '\\"'
_Translator[ord('\\')] = '\\\\'

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(text):
    """text itself when it is a legal token (or None), else quoted with escapes."""
    if text is None or _is_legal_key(text):
        return text
    return '"' + text.translate(_Translator) + '"'


_escape_sub = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))').sub


def _unescape(match):
    octal = match.group(1)
    return chr(int(octal, 8)) if octal else match.group(2)


def _unquote(text):
    """The inverse of _quote for a double-quoted text; anything else as it is."""
    if text is None or len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    return _escape_sub(_unescape, text[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The HTTP date `future` seconds from now."""
    year, month, day, hh, mm, ss, wd, _, _ = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: its key, value and coded value, and its attributes as dict items."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for attribute in self._reserved:
            dict.__setitem__(self, attribute, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value
                and self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        other = Morsel()
        dict.update(other, self)
        other.__dict__.update(self.__dict__)
        return other

    def update(self, values):
        checked = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            checked[key] = val
        dict.update(self, checked)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        text = self.OutputString(attrs).replace('"', r'\"')
        return ('\n        <script type="text/javascript">\n        <!-- begin hiding\n'
                '        document.cookie = "%s";\n        // end hiding -->\n'
                '        </script>\n        ' % text)

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    parts.append(str(name))
            else:
                parts.append("%s=%s" % (name, value))
        return "; ".join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'
# One name[=value] item: a quoted value, an expires date (which has a comma and spaces), or a
# run of legal characters; it ends at white space, a semicolon or the end.
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*))?'
    r'\s*(\s+|;|$)', re.ASCII)

_ATTRIBUTE = 1
_KEY_VALUE = 2


class BaseCookie(dict):
    """A dict of Morsels keyed by cookie name; values are stored as given."""

    def value_decode(self, val):
        """(real value, coded value) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, coded value) for a value a program sets."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        items = ' '.join('%s=%s' % (key, repr(morsel.value)) for key, morsel in sorted(self.items()))
        return '<%s: %s>' % (self.__class__.__name__, items)

    def js_output(self, attrs=None):
        return "".join(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Read a Cookie header's text, or take the items of a mapping."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text, patt=_CookiePattern):
        # The items are collected first, so a header found bad part-way keeps its earlier items
        # but sets none of the later ones.
        position = 0
        items = []
        morsel_seen = False
        while 0 <= position < len(text):
            match = patt.match(text, position)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            position = match.end(0)
            if key[0] == "$":
                if morsel_seen:
                    items.append((_ATTRIBUTE, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not morsel_seen:
                    return
                if value is None:
                    if key.lower() not in Morsel._flags:
                        return
                    items.append((_ATTRIBUTE, key, True))
                else:
                    items.append((_ATTRIBUTE, key, _unquote(value)))
            elif value is not None:
                items.append((_KEY_VALUE, key, self.value_decode(value)))
                morsel_seen = True
            else:
                return
        morsel = None
        for kind, key, value in items:
            if kind == _ATTRIBUTE:
                morsel[key] = value
            else:
                self.__set(key, *value)
                morsel = self[key]


class SimpleCookie(BaseCookie):
    """Values are strs: quoted on the wire when they need it, unquoted when read."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
