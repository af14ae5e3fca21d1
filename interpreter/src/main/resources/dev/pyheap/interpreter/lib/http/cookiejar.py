"""HTTP cookie handling for web clients: a CookieJar keeps the cookies servers set (Netscape
Set-Cookie and RFC 2965 Set-Cookie2 headers) and adds the right ones to later requests.

The jar is a three-level dict, domain -> path -> name -> Cookie. extract_cookies(response,
request) reads the response's headers into (name, value, standard attributes, other attributes)
tuples, turns them into Cookies with the request's defaults (the request's host as domain, its
path up to the last '/' as path), and keeps those the policy's set_ok accepts; a cookie that
arrives already expired removes the stored one. add_cookie_header(request) walks the domains the
policy's domain_return_ok allows, their paths path_return_ok allows and the cookies return_ok
allows, longest path first, and writes them as one Cookie header. DefaultCookiePolicy has the
checks of RFC 2965 and of what browsers do for Netscape cookies, with the switches CPython has.
FileCookieJar adds load/save/revert: LWPCookieJar in libwww-perl's Set-Cookie3 format,
MozillaCookieJar in the Netscape cookies.txt format."""

__all__ = ['Cookie', 'CookieJar', 'CookiePolicy', 'DefaultCookiePolicy', 'FileCookieJar',
           'LWPCookieJar', 'LoadError', 'MozillaCookieJar']

import copy
import datetime
import http.client
import os
import re
import threading as _threading
import time
import urllib.parse
from calendar import timegm

debug = False
logger = None


def _debug(*args):
    if not debug:
        return
    global logger
    if not logger:
        import logging
        logger = logging.getLogger("http.cookiejar")
    return logger.debug(*args)


HTTPONLY_ATTR = "HTTPOnly"
HTTPONLY_PREFIX = "#HttpOnly_"
DEFAULT_HTTP_PORT = str(http.client.HTTP_PORT)
NETSCAPE_MAGIC_RGX = re.compile("#( Netscape)? HTTP Cookie File")
MISSING_FILENAME_TEXT = ("a filename was not supplied (nor was the CookieJar "
                         "instance initialised with one)")
NETSCAPE_HEADER_TEXT = """\
# Netscape HTTP Cookie File
# http://curl.haxx.se/rfc/cookie_spec.html
# This is a generated file!  Do not edit.

"""


def _warn_unhandled_exception(stacklevel=2):
    # The loaders and make_cookies catch everything so that one bad header or line cannot
    # break a client; what they caught is still shown, as a warning.
    import io
    import traceback
    import warnings
    text = io.StringIO()
    traceback.print_exc(None, text)
    warnings.warn("http.cookiejar bug!\n%s" % text.getvalue(), stacklevel=stacklevel)


# Dates.

EPOCH_YEAR = 1970
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LOWER = [month.lower() for month in MONTHS]
UTC_ZONES = {"GMT": None, "UTC": None, "UT": None, "Z": None}
TIMEZONE_RE = re.compile(r"^([-+])?(\d\d?):?(\d\d)?$", re.ASCII)


def _timegm(tt):
    year, month, mday, hour, minute, sec = tt[:6]
    if (year >= EPOCH_YEAR and 1 <= month <= 12 and 1 <= mday <= 31 and 0 <= hour <= 24
            and 0 <= minute <= 59 and 0 <= sec <= 61):
        return timegm(tt)
    return None


def _utc(t):
    if t is None:
        return datetime.datetime.utcnow()
    return datetime.datetime.utcfromtimestamp(t)


def time2isoz(t=None):
    """t (seconds since the epoch, now by default) as 'YYYY-MM-DD hh:mm:ssZ'."""
    dt = _utc(t)
    return "%04d-%02d-%02d %02d:%02d:%02dZ" % (dt.year, dt.month, dt.day, dt.hour, dt.minute,
                                               dt.second)


def time2netscape(t=None):
    """t as 'Wdy, DD-Mon-YYYY HH:MM:SS GMT'."""
    dt = _utc(t)
    return "%s, %02d-%s-%04d %02d:%02d:%02d GMT" % (DAYS[dt.weekday()], dt.day,
                                                    MONTHS[dt.month - 1], dt.year, dt.hour,
                                                    dt.minute, dt.second)


def offset_from_tz_string(tz):
    """Seconds east of UTC for 'GMT', 'Z', '+0100', '-5', ...; None when not understood."""
    if tz in UTC_ZONES:
        return 0
    match = TIMEZONE_RE.search(tz)
    if not match:
        return None
    offset = 3600 * int(match.group(2))
    if match.group(3):
        offset += 60 * int(match.group(3))
    return -offset if match.group(1) == '-' else offset


def _str2time(day, mon, yr, hr, min, sec, tz):
    yr = int(yr)
    if yr > datetime.MAXYEAR:
        return None
    try:
        mon = MONTHS_LOWER.index(mon.lower()) + 1
    except ValueError:
        try:
            number = int(mon)
        except ValueError:
            return None
        if not 1 <= number <= 12:
            return None
        mon = number
    day = int(day)
    hr = int(hr or 0)
    min = int(min or 0)
    sec = int(sec or 0)
    if yr < 1000:
        # A two-digit year is taken in the century that puts it within 50 years of now.
        current = time.localtime(time.time())[0]
        lower = current % 100
        distance = lower - yr
        yr = yr + current - lower
        if abs(distance) > 50:
            yr += 100 if distance > 0 else -100
    t = _timegm((yr, mon, day, hr, min, sec, tz))
    if t is None:
        return None
    offset = offset_from_tz_string((tz or "UTC").upper())
    if offset is None:
        return None
    return t - offset


STRICT_DATE_RE = re.compile(
    r"^[SMTWF][a-z][a-z], (\d\d) ([JFMASOND][a-z][a-z]) (\d\d\d\d) (\d\d):(\d\d):(\d\d) GMT$",
    re.ASCII)
WEEKDAY_RE = re.compile(r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*,?\s*", re.I | re.ASCII)
# day, month (name or number), year, an optional clock, an optional zone, an optional
# '(zone)' comment.
LOOSE_HTTP_DATE_RE = re.compile(
    r"^(\d\d?)(?:\s+|[-\/])(\w+)(?:\s+|[-\/])(\d+)"
    r"(?:(?:\s+|:)(\d\d?):(\d\d)(?::(\d\d))?)?\s*"
    r"(?:([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+)\s*)?"
    r"(?:\(\w+\)\s*)?$", re.ASCII)
ISO_DATE_RE = re.compile(
    r"^(\d{4})[-\/]?(\d\d?)[-\/]?(\d\d?)"
    r"(?:(?:\s+|[-:Tt])(\d\d?):?(\d\d)(?::?(\d\d(?:\.\d*)?))?)?\s*"
    r"(?:([-+]?\d\d?:?(:?\d\d)?|Z|z)\s*)?$", re.ASCII)


def http2time(text):
    """Seconds since the epoch of an HTTP date in any of the formats servers send; None when
    it cannot be read."""
    strict = STRICT_DATE_RE.search(text)
    if strict:
        day, mon, yr, hr, mi, se = strict.groups()
        return _timegm((int(yr), MONTHS_LOWER.index(mon.lower()) + 1, int(day), int(hr),
                        int(mi), float(se)))
    text = WEEKDAY_RE.sub("", text.lstrip(), 1)
    loose = LOOSE_HTTP_DATE_RE.search(text)
    if loose is None:
        return None
    return _str2time(*loose.groups())


def iso2time(text):
    """Seconds since the epoch of an ISO 8601 date ('1994-02-03 14:15:29 -0100', ...)."""
    match = ISO_DATE_RE.search(text.lstrip())
    if match is None:
        return None
    yr, mon, day, hr, mi, se, tz, _ = match.groups()
    return _str2time(day, mon, yr, hr, mi, se, tz)


# Header values.

HEADER_TOKEN_RE = re.compile(r"^\s*([^=\s;,]+)")
HEADER_QUOTED_VALUE_RE = re.compile(r"^\s*=\s*\"([^\"\\]*(?:\\.[^\"\\]*)*)\"")
HEADER_VALUE_RE = re.compile(r"^\s*=\s*([^\s;,]*)")
HEADER_ESCAPE_RE = re.compile(r"\\(.)")
HEADER_JOIN_ESCAPE_RE = re.compile(r"([\"\\])")


def unmatched(match):
    """The text of match's string outside the match."""
    start, end = match.span(0)
    return match.string[:start] + match.string[end:]


def split_header_words(header_values):
    """Each header value as lists of (name, value) pairs: items separated by ',', pairs by
    ';', values quoted or not (None when a name has no '=')."""
    assert not isinstance(header_values, str)
    result = []
    for text in header_values:
        original = text
        pairs = []
        while text:
            token = HEADER_TOKEN_RE.search(text)
            if token:
                text = unmatched(token)
                name = token.group(1)
                quoted = HEADER_QUOTED_VALUE_RE.search(text)
                if quoted:
                    text = unmatched(quoted)
                    value = HEADER_ESCAPE_RE.sub(r"\1", quoted.group(1))
                else:
                    plain = HEADER_VALUE_RE.search(text)
                    if plain:
                        text = unmatched(plain)
                        value = plain.group(1).rstrip()
                    else:
                        value = None
                pairs.append((name, value))
            elif text.lstrip().startswith(","):
                text = text.lstrip()[1:]
                if pairs:
                    result.append(pairs)
                pairs = []
            else:
                text, skipped = re.subn(r"^[=\s;]*", "", text)
                assert skipped > 0, ("split_header_words bug: '%s', '%s', %s"
                                     % (original, text, pairs))
        if pairs:
            result.append(pairs)
    return result


def join_header_words(lists):
    """The inverse of split_header_words: values that are not all word characters quoted."""
    headers = []
    for pairs in lists:
        items = []
        for name, value in pairs:
            if value is not None:
                if not re.search(r"^\w+$", value):
                    value = '"%s"' % HEADER_JOIN_ESCAPE_RE.sub(r"\\\1", value)
                name = "%s=%s" % (name, value)
            items.append(name)
        if items:
            headers.append("; ".join(items))
    return ", ".join(headers)


def strip_quotes(text):
    if text.startswith('"'):
        text = text[1:]
    if text.endswith('"'):
        text = text[:-1]
    return text


def parse_ns_headers(ns_headers):
    """Netscape Set-Cookie values as lists of pairs, split on ';' only (an expires date has a
    comma): the known attributes' names lowercased, expires read as a time, and a
    ('version', '0') added when the header has none."""
    known_attrs = ("expires", "domain", "path", "secure", "version", "port", "max-age")
    result = []
    for ns_header in ns_headers:
        pairs = []
        version_set = False
        for index, param in enumerate(ns_header.split(';')):
            key, sep, val = param.strip().partition('=')
            key = key.strip()
            if not key:
                if index == 0:
                    break
                continue
            val = val.strip() if sep else None
            if index != 0:
                if key.lower() in known_attrs:
                    key = key.lower()
                if key == "version":
                    if val is not None:
                        val = strip_quotes(val)
                    version_set = True
                elif key == "expires" and val is not None:
                    val = http2time(strip_quotes(val))
            pairs.append((key, val))
        if pairs:
            if not version_set:
                pairs.append(("version", "0"))
            result.append(pairs)
    return result


# Hosts, domains and paths.

IPV4_RE = re.compile(r"\.\d+$", re.ASCII)
cut_port_re = re.compile(r":\d+$", re.ASCII)
HTTP_PATH_SAFE = "%/;:@&=+$,!~*'()"
ESCAPED_CHAR_RE = re.compile(r"%([0-9a-fA-F][0-9a-fA-F])")


def is_HDN(text):
    """Whether text is a host domain name (not an IP address, no dot at either end)."""
    if IPV4_RE.search(text) or text == "":
        return False
    return text[0] != "." and text[-1] != "."


def domain_match(A, B):
    """RFC 2965's domain-match: equal names, or A a host name ending with B, B starting with
    a dot and a host name after it."""
    A = A.lower()
    B = B.lower()
    if A == B:
        return True
    if not is_HDN(A):
        return False
    found = A.rfind(B)
    if found in (-1, 0):
        return False
    return B.startswith(".") and is_HDN(B[1:])


def liberal_is_HDN(text):
    return not IPV4_RE.search(text)


def user_domain_match(A, B):
    """The looser match for the policy's blocked and allowed lists."""
    A = A.lower()
    B = B.lower()
    if not (liberal_is_HDN(A) and liberal_is_HDN(B)):
        return A == B
    if B.startswith("."):
        return A.endswith(B)
    return A == B


def request_host(request):
    """The request's host, lowercased, without its port."""
    host = urllib.parse.urlparse(request.get_full_url())[1]
    if host == "":
        host = request.get_header("Host", "")
    return cut_port_re.sub("", host, 1).lower()


def eff_request_host(request):
    """(host, effective host): a host without a dot gets '.local'."""
    host = effective = request_host(request)
    if host.find(".") == -1 and not IPV4_RE.search(host):
        effective = host + ".local"
    return host, effective


def request_path(request):
    path = escape_path(urllib.parse.urlsplit(request.get_full_url()).path)
    return path if path.startswith("/") else "/" + path


def request_port(request):
    host = request.host
    colon = host.find(':')
    if colon < 0:
        return DEFAULT_HTTP_PORT
    port = host[colon + 1:]
    try:
        int(port)
    except ValueError:
        _debug("nonnumeric port: '%s'", port)
        return None
    return port


def uppercase_escaped_char(match):
    return "%%%s" % match.group(1).upper()


def escape_path(path):
    """path with the characters a URL cannot hold %-escaped (as UTF-8), escapes uppercased."""
    return ESCAPED_CHAR_RE.sub(uppercase_escaped_char, urllib.parse.quote(path, HTTP_PATH_SAFE))


def reach(h):
    """RFC 2965's reach of a host: '.b.c' for 'a.b.c' (and for 'a.local'), else h."""
    dot = h.find(".")
    if dot >= 0:
        rest = h[dot + 1:]
        if is_HDN(h) and (rest.find(".") >= 0 or rest == "local"):
            return "." + rest
    return h


def is_third_party(request):
    """Whether the request's host is outside the reach of the page that caused it."""
    return not domain_match(request_host(request), reach(request.origin_req_host))


class Cookie:
    """One cookie with every attribute a server can give (most are plain instance
    attributes); attributes with no standard meaning are kept apart as 'nonstandard'."""

    def __init__(self, version, name, value, port, port_specified, domain, domain_specified,
                 domain_initial_dot, path, path_specified, secure, expires, discard, comment,
                 comment_url, rest, rfc2109=False):
        if version is not None:
            version = int(version)
        if expires is not None:
            expires = int(float(expires))
        if port is None and port_specified is True:
            raise ValueError("if port is None, port_specified must be false")
        self.version = version
        self.name = name
        self.value = value
        self.port = port
        self.port_specified = port_specified
        self.domain = domain.lower()
        self.domain_specified = domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path = path
        self.path_specified = path_specified
        self.secure = secure
        self.expires = expires
        self.discard = discard
        self.comment = comment
        self.comment_url = comment_url
        self.rfc2109 = rfc2109
        self._rest = copy.copy(rest)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        limit = self.domain + ("" if self.port is None else ":" + self.port) + self.path
        namevalue = self.name if self.value is None else "%s=%s" % (self.name, self.value)
        return "<Cookie %s for %s>" % (namevalue, limit)

    _REPR_FIELDS = ("version", "name", "value", "port", "port_specified", "domain",
                    "domain_specified", "domain_initial_dot", "path", "path_specified",
                    "secure", "expires", "discard", "comment", "comment_url")

    def __repr__(self):
        args = ["%s=%r" % (name, getattr(self, name)) for name in self._REPR_FIELDS]
        args.append("rest=%r" % (self._rest,))
        args.append("rfc2109=%r" % (self.rfc2109,))
        return "%s(%s)" % (self.__class__.__name__, ", ".join(args))


class CookiePolicy:
    """What a jar asks before it keeps a cookie and before it sends one."""

    def set_ok(self, cookie, request):
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        return True

    def path_return_ok(self, path, request):
        return True


class DefaultCookiePolicy(CookiePolicy):
    """The checks of RFC 2965 and of browsers for Netscape cookies; set_ok and return_ok run
    set_ok_NAME / return_ok_NAME for each aspect in turn."""

    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainRFC2965Match = 4
    DomainLiberal = 0
    DomainStrict = DomainStrictNoDots | DomainStrictNonDomain

    def __init__(self, blocked_domains=None, allowed_domains=None, netscape=True,
                 rfc2965=False, rfc2109_as_netscape=None, hide_cookie2=False,
                 strict_domain=False, strict_rfc2965_unverifiable=True,
                 strict_ns_unverifiable=False, strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False, strict_ns_set_path=False,
                 secure_protocols=("https", "wss")):
        self.netscape = netscape
        self.rfc2965 = rfc2965
        self.rfc2109_as_netscape = rfc2109_as_netscape
        self.hide_cookie2 = hide_cookie2
        self.strict_domain = strict_domain
        self.strict_rfc2965_unverifiable = strict_rfc2965_unverifiable
        self.strict_ns_unverifiable = strict_ns_unverifiable
        self.strict_ns_domain = strict_ns_domain
        self.strict_ns_set_initial_dollar = strict_ns_set_initial_dollar
        self.strict_ns_set_path = strict_ns_set_path
        self.secure_protocols = secure_protocols
        self._blocked_domains = () if blocked_domains is None else tuple(blocked_domains)
        self._allowed_domains = None if allowed_domains is None else tuple(allowed_domains)

    def blocked_domains(self):
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        return any(user_domain_match(domain, blocked) for blocked in self._blocked_domains)

    def allowed_domains(self):
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        self._allowed_domains = None if allowed_domains is None else tuple(allowed_domains)

    def is_not_allowed(self, domain):
        if self._allowed_domains is None:
            return False
        return not any(user_domain_match(domain, allowed) for allowed in self._allowed_domains)

    def set_ok(self, cookie, request):
        _debug(" - checking cookie %s=%s", cookie.name, cookie.value)
        assert cookie.name is not None
        for aspect in ("version", "verifiability", "name", "path", "domain", "port"):
            if not getattr(self, "set_ok_" + aspect)(cookie, request):
                return False
        return True

    def _version_ok(self, cookie):
        if cookie.version > 0 and not self.rfc2965:
            return False
        if cookie.version == 0 and not self.netscape:
            return False
        return True

    def set_ok_version(self, cookie, request):
        if cookie.version is None:
            return False
        return self._version_ok(cookie)

    def _verifiability_ok(self, cookie, request):
        if request.unverifiable and is_third_party(request):
            if cookie.version > 0 and self.strict_rfc2965_unverifiable:
                return False
            if cookie.version == 0 and self.strict_ns_unverifiable:
                return False
        return True

    def set_ok_verifiability(self, cookie, request):
        return self._verifiability_ok(cookie, request)

    def set_ok_name(self, cookie, request):
        return not (cookie.version == 0 and self.strict_ns_set_initial_dollar
                    and cookie.name.startswith("$"))

    def set_ok_path(self, cookie, request):
        if cookie.path_specified:
            if ((cookie.version > 0 or (cookie.version == 0 and self.strict_ns_set_path))
                    and not self.path_return_ok(cookie.path, request)):
                return False
        return True

    _GENERIC_SECOND_LEVEL = ("co", "ac", "com", "edu", "org", "net", "gov", "mil", "int",
                             "aero", "biz", "cat", "coop", "info", "jobs", "mobi", "museum",
                             "name", "pro", "travel", "eu")

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain) or self.is_not_allowed(cookie.domain):
            return False
        if not cookie.domain_specified:
            return True
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        if self.strict_domain and domain.count(".") >= 2:
            last = domain.rfind(".")
            before = domain.rfind(".", 0, last)
            if before == 0:
                tld = domain[last + 1:]
                sld = domain[before + 1:last]
                if sld.lower() in self._GENERIC_SECOND_LEVEL and len(tld) == 2:
                    return False
        undotted = domain[1:] if domain.startswith(".") else domain
        if undotted.find(".") < 0 and not erhn.endswith(".local"):
            return False
        if cookie.version == 0:
            if (not (erhn.endswith(domain) or erhn.endswith(f"{undotted}.local"))
                    and not erhn.startswith(".") and not ("." + erhn).endswith(domain)):
                return False
        if cookie.version > 0 or (self.strict_ns_domain & self.DomainRFC2965Match):
            if not domain_match(erhn, domain):
                return False
        if cookie.version > 0 or (self.strict_ns_domain & self.DomainStrictNoDots):
            host_prefix = req_host[:-len(domain)]
            if host_prefix.find(".") >= 0 and not IPV4_RE.search(req_host):
                return False
        return True

    def set_ok_port(self, cookie, request):
        if cookie.port_specified:
            req_port = request_port(request)
            req_port = "80" if req_port is None else str(req_port)
            for port in cookie.port.split(","):
                try:
                    int(port)
                except ValueError:
                    return False
                if port == req_port:
                    break
            else:
                return False
        return True

    def return_ok(self, cookie, request):
        _debug(" - checking cookie %s=%s", cookie.name, cookie.value)
        for aspect in ("version", "verifiability", "secure", "expires", "port", "domain"):
            if not getattr(self, "return_ok_" + aspect)(cookie, request):
                return False
        return True

    def return_ok_version(self, cookie, request):
        return self._version_ok(cookie)

    def return_ok_verifiability(self, cookie, request):
        return self._verifiability_ok(cookie, request)

    def return_ok_secure(self, cookie, request):
        return not (cookie.secure and request.type not in self.secure_protocols)

    def return_ok_expires(self, cookie, request):
        return not cookie.is_expired(self._now)

    def return_ok_port(self, cookie, request):
        if cookie.port:
            req_port = request_port(request)
            if req_port is None:
                req_port = "80"
            return req_port in cookie.port.split(",")
        return True

    def return_ok_domain(self, cookie, request):
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        dotdomain = "." + domain if domain and not domain.startswith(".") else domain
        if (cookie.version == 0 and (self.strict_ns_domain & self.DomainStrictNonDomain)
                and not cookie.domain_specified and domain != erhn):
            return False
        if cookie.version > 0 and not domain_match(erhn, domain):
            return False
        if cookie.version == 0 and not ("." + erhn).endswith(dotdomain):
            return False
        return True

    def domain_return_ok(self, domain, request):
        req_host, erhn = eff_request_host(request)
        if not req_host.startswith("."):
            req_host = "." + req_host
        if not erhn.startswith("."):
            erhn = "." + erhn
        dotdomain = "." + domain if domain and not domain.startswith(".") else domain
        if not (req_host.endswith(dotdomain) or erhn.endswith(dotdomain)):
            return False
        return not (self.is_blocked(domain) or self.is_not_allowed(domain))

    def path_return_ok(self, path, request):
        req_path = request_path(request)
        if req_path == path:
            return True
        return req_path.startswith(path) and (path.endswith("/")
                                              or req_path[len(path):len(path) + 1] == "/")


def vals_sorted_by_key(adict):
    return map(adict.get, sorted(adict.keys()))


def deepvalues(mapping):
    """The leaves of nested mappings, depth-first (over copies, so the jar may change)."""
    for obj in list(mapping.values()):
        if hasattr(obj, "items"):
            yield from deepvalues(obj)
        else:
            yield obj


class Absent:
    pass


class CookieJar:
    """The cookies of a client session; thread-safe."""

    non_word_re = re.compile(r"\W")
    quote_re = re.compile(r"([\"\\])")
    strict_domain_re = re.compile(r"\.?[^.]*")
    domain_re = re.compile(r"[^.]*")
    dots_re = re.compile(r"^\.+")
    magic_re = re.compile(r"^\#LWP-Cookies-(\d+\.\d+)", re.ASCII)

    def __init__(self, policy=None):
        if policy is None:
            policy = DefaultCookiePolicy()
        self._policy = policy
        self._cookies_lock = _threading.RLock()
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def _cookies_for_domain(self, domain, request):
        if not self._policy.domain_return_ok(domain, request):
            return []
        cookies = []
        for path, by_name in self._cookies[domain].items():
            if not self._policy.path_return_ok(path, request):
                continue
            cookies.extend(cookie for cookie in by_name.values()
                           if self._policy.return_ok(cookie, request))
        return cookies

    def _cookies_for_request(self, request):
        cookies = []
        for domain in self._cookies.keys():
            cookies.extend(self._cookies_for_domain(domain, request))
        return cookies

    def _cookie_attrs(self, cookies):
        """The Cookie header's items for cookies, longest path first; the first cookie's
        version decides whether a $Version item leads."""
        cookies.sort(key=lambda cookie: len(cookie.path), reverse=True)
        version_set = False
        attrs = []
        for cookie in cookies:
            version = cookie.version
            if not version_set:
                version_set = True
                if version > 0:
                    attrs.append("$Version=%s" % version)
            value = cookie.value
            if value is not None and self.non_word_re.search(value) and version > 0:
                value = self.quote_re.sub(r"\\\1", value)
            attrs.append(cookie.name if cookie.value is None else "%s=%s" % (cookie.name, value))
            if version > 0:
                if cookie.path_specified:
                    attrs.append('$Path="%s"' % cookie.path)
                if cookie.domain.startswith("."):
                    domain = cookie.domain
                    if not cookie.domain_initial_dot:
                        domain = domain[1:]
                    attrs.append('$Domain="%s"' % domain)
                if cookie.port is not None:
                    port = "$Port"
                    if cookie.port_specified:
                        port += '="%s"' % cookie.port
                    attrs.append(port)
        return attrs

    def add_cookie_header(self, request):
        """Add a Cookie header (and Cookie2 where RFC 2965 asks) to a urllib.request.Request."""
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            cookies = self._cookies_for_request(request)
            attrs = self._cookie_attrs(cookies)
            if attrs and not request.has_header("Cookie"):
                request.add_unredirected_header("Cookie", "; ".join(attrs))
            if (self._policy.rfc2965 and not self._policy.hide_cookie2
                    and not request.has_header("Cookie2")):
                if any(cookie.version != 1 for cookie in cookies):
                    request.add_unredirected_header("Cookie2", '$Version="1"')
        self.clear_expired_cookies()

    def _normalized_cookie_tuples(self, attrs_set):
        """(name, value, standard, rest) per cookie: attribute names lowercased, the first of
        a repeated attribute kept, max-age turned into expires (and winning over it); a
        cookie with a bad domain, max-age or missing value is dropped."""
        tuples = []
        boolean_attrs = ("discard", "secure")
        value_attrs = ("version", "expires", "max-age", "domain", "path", "port", "comment",
                       "commenturl")
        for cookie_attrs in attrs_set:
            name, value = cookie_attrs[0]
            max_age_set = False
            standard = {}
            rest = {}
            for key, val in cookie_attrs[1:]:
                if key.lower() in value_attrs or key.lower() in boolean_attrs:
                    key = key.lower()
                if key in boolean_attrs and val is None:
                    val = True
                if key in standard:
                    continue
                if key == "domain":
                    if val is None:
                        break
                    val = val.lower()
                if key == "expires" and (max_age_set or val is None):
                    continue
                if key == "max-age":
                    max_age_set = True
                    try:
                        val = int(val)
                    except ValueError:
                        break
                    key = "expires"
                    val = self._now + val
                if key in value_attrs or key in boolean_attrs:
                    if val is None and key not in ("port", "comment", "commenturl"):
                        break
                    standard[key] = val
                else:
                    rest[key] = val
            else:
                tuples.append((name, value, standard, rest))
        return tuples

    def _cookie_from_cookie_tuple(self, tup, request):
        name, value, standard, rest = tup
        domain = standard.get("domain", Absent)
        path = standard.get("path", Absent)
        port = standard.get("port", Absent)
        expires = standard.get("expires", Absent)
        version = standard.get("version", None)
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None
        secure = standard.get("secure", False)
        discard = standard.get("discard", False)
        comment = standard.get("comment", None)
        comment_url = standard.get("commenturl", None)
        if path is not Absent and path != "":
            path_specified = True
            path = escape_path(path)
        else:
            # The request's directory: without the final '/' for Netscape cookies.
            path_specified = False
            path = request_path(request)
            slash = path.rfind("/")
            if slash != -1:
                path = path[:slash] if version == 0 else path[:slash + 1]
            if len(path) == 0:
                path = "/"
        domain_specified = domain is not Absent
        domain_initial_dot = domain_specified and bool(domain.startswith("."))
        if domain is Absent:
            domain = eff_request_host(request)[1]
        elif not domain.startswith("."):
            domain = "." + domain
        port_specified = False
        if port is Absent:
            port = None
        elif port is None:
            port = request_port(request)
        else:
            port_specified = True
            port = re.sub(r"\s+", "", port)
        if expires is Absent:
            expires = None
            discard = True
        elif expires <= self._now:
            # An expiry in the past is how a server deletes a cookie.
            try:
                self.clear(domain, path, name)
            except KeyError:
                pass
            return None
        return Cookie(version, name, value, port, port_specified, domain, domain_specified,
                      domain_initial_dot, path, path_specified, secure, expires, discard,
                      comment, comment_url, rest)

    def _cookies_from_attrs_set(self, attrs_set, request):
        cookies = []
        for tup in self._normalized_cookie_tuples(attrs_set):
            cookie = self._cookie_from_cookie_tuple(tup, request)
            if cookie:
                cookies.append(cookie)
        return cookies

    def _process_rfc2109_cookies(self, cookies):
        as_netscape = getattr(self._policy, 'rfc2109_as_netscape', None)
        if as_netscape is None:
            as_netscape = not self._policy.rfc2965
        for cookie in cookies:
            if cookie.version == 1:
                cookie.rfc2109 = True
                if as_netscape:
                    cookie.version = 0

    def make_cookies(self, response, request):
        """The Cookies of a response's Set-Cookie2 and Set-Cookie headers (a Netscape cookie
        that an RFC 2965 one of the same response also sets is left out)."""
        headers = response.info()
        rfc2965_hdrs = headers.get_all("Set-Cookie2", [])
        ns_hdrs = headers.get_all("Set-Cookie", [])
        self._policy._now = self._now = int(time.time())
        rfc2965 = self._policy.rfc2965
        netscape = self._policy.netscape
        if ((not rfc2965_hdrs and not ns_hdrs) or (not ns_hdrs and not rfc2965)
                or (not rfc2965_hdrs and not netscape) or (not netscape and not rfc2965)):
            return []
        try:
            cookies = self._cookies_from_attrs_set(split_header_words(rfc2965_hdrs), request)
        except Exception:
            _warn_unhandled_exception()
            cookies = []
        if ns_hdrs and netscape:
            try:
                ns_cookies = self._cookies_from_attrs_set(parse_ns_headers(ns_hdrs), request)
            except Exception:
                _warn_unhandled_exception()
                ns_cookies = []
            self._process_rfc2109_cookies(ns_cookies)
            if rfc2965:
                seen = {(c.domain, c.path, c.name) for c in cookies}
                ns_cookies = filter(lambda c: (c.domain, c.path, c.name) not in seen, ns_cookies)
            if ns_cookies:
                cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_path.setdefault(cookie.path, {})[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Keep the cookies of response the policy accepts for request."""
        with self._cookies_lock:
            for cookie in self.make_cookies(response, request):
                if self._policy.set_ok(cookie, request):
                    self.set_cookie(cookie)

    def clear(self, domain=None, path=None, name=None):
        """Remove all cookies, a domain's, a domain's path's, or one; KeyError if absent."""
        if name is not None:
            if domain is None or path is None:
                raise ValueError("domain and path must be given to remove a cookie by name")
            del self._cookies[domain][path][name]
        elif path is not None:
            if domain is None:
                raise ValueError("domain must be given to remove cookies by path")
            del self._cookies[domain][path]
        elif domain is not None:
            del self._cookies[domain]
        else:
            self._cookies = {}

    def _clear_where(self, condition):
        with self._cookies_lock:
            for cookie in self:
                if condition(cookie):
                    self.clear(cookie.domain, cookie.path, cookie.name)

    def clear_session_cookies(self):
        self._clear_where(lambda cookie: cookie.discard)

    def clear_expired_cookies(self):
        now = time.time()
        self._clear_where(lambda cookie: cookie.is_expired(now))

    def __iter__(self):
        return deepvalues(self._cookies)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "<%s[%s]>" % (self.__class__.__name__, ", ".join(repr(c) for c in self))

    def __str__(self):
        return "<%s[%s]>" % (self.__class__.__name__, ", ".join(str(c) for c in self))


class LoadError(OSError):
    pass


def _invalid_file(kind, filename, line):
    # Called while the loader's unexpected exception is handled, which the warning shows.
    _warn_unhandled_exception(stacklevel=3)
    return LoadError("invalid %s %r: %r" % (kind, filename, line))


class FileCookieJar(CookieJar):
    """A CookieJar saved to and loaded from a file (the format is the subclass's)."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        if filename is not None:
            filename = os.fspath(filename)
        self.filename = filename
        self.delayload = bool(delayload)

    def _filename(self, filename):
        if filename is not None:
            return filename
        if self.filename is not None:
            return self.filename
        raise ValueError(MISSING_FILENAME_TEXT)

    def _open_for_saving(self, filename):
        # Cookies may hold session secrets: the file is the owner's only.
        return os.fdopen(os.open(filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600), 'w')

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename(filename)
        with open(filename) as f:
            self._really_load(f, filename, ignore_discard, ignore_expires)

    def revert(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Clear the jar and load the file again; the jar is unchanged if that fails."""
        filename = self._filename(filename)
        with self._cookies_lock:
            old_state = copy.deepcopy(self._cookies)
            self._cookies = {}
            try:
                self.load(filename, ignore_discard, ignore_expires)
            except OSError:
                self._cookies = old_state
                raise

    def _keep_loaded(self, cookie, now, ignore_discard, ignore_expires):
        if not ignore_discard and cookie.discard:
            return False
        return ignore_expires or not cookie.is_expired(now)


def lwp_cookie_str(cookie):
    """A cookie as one Set-Cookie3 value."""
    pairs = [(cookie.name, cookie.value), ("path", cookie.path), ("domain", cookie.domain)]
    if cookie.port is not None:
        pairs.append(("port", cookie.port))
    if cookie.path_specified:
        pairs.append(("path_spec", None))
    if cookie.port_specified:
        pairs.append(("port_spec", None))
    if cookie.domain_initial_dot:
        pairs.append(("domain_dot", None))
    if cookie.secure:
        pairs.append(("secure", None))
    if cookie.expires:
        pairs.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        pairs.append(("discard", None))
    if cookie.comment:
        pairs.append(("comment", cookie.comment))
    if cookie.comment_url:
        pairs.append(("commenturl", cookie.comment_url))
    for key in sorted(cookie._rest.keys()):
        pairs.append((key, str(cookie._rest[key])))
    pairs.append(("version", str(cookie.version)))
    return join_header_words([pairs])


class LWPCookieJar(FileCookieJar):
    """Cookies in libwww-perl's format: '#LWP-Cookies-2.0', then a 'Set-Cookie3:' line each."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        now = time.time()
        lines = ["Set-Cookie3: %s" % lwp_cookie_str(cookie) for cookie in self
                 if self._keep_loaded(cookie, now, ignore_discard, ignore_expires)]
        return "\n".join(lines + [""])

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename(filename)
        with self._open_for_saving(filename) as f:
            f.write("#LWP-Cookies-2.0\n")
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        if not self.magic_re.search(f.readline()):
            raise LoadError("%r does not look like a Set-Cookie3 (LWP) format file" % filename)
        now = time.time()
        header = "Set-Cookie3:"
        boolean_attrs = ("port_spec", "path_spec", "domain_dot", "secure", "discard")
        value_attrs = ("version", "port", "path", "domain", "expires", "comment", "commenturl")
        line = ""
        try:
            while True:
                line = f.readline()
                if line == "":
                    break
                if not line.startswith(header):
                    continue
                line = line[len(header):].strip()
                for data in split_header_words([line]):
                    name, value = data[0]
                    standard = dict.fromkeys(boolean_attrs, False)
                    rest = {}
                    for key, val in data[1:]:
                        lower = key.lower() if key is not None else None
                        if lower in value_attrs or lower in boolean_attrs:
                            key = lower
                        if key in boolean_attrs:
                            standard[key] = True if val is None else val
                        elif key in value_attrs:
                            standard[key] = val
                        else:
                            rest[key] = val
                    get = standard.get
                    expires = get("expires")
                    discard = get("discard")
                    if expires is not None:
                        expires = iso2time(expires)
                    if expires is None:
                        discard = True
                    domain = get("domain")
                    cookie = Cookie(get("version"), name, value, get("port"), get("port_spec"),
                                    domain, domain.startswith("."), get("domain_dot"),
                                    get("path"), get("path_spec"), get("secure"), expires,
                                    discard, get("comment"), get("commenturl"), rest)
                    if self._keep_loaded(cookie, now, ignore_discard, ignore_expires):
                        self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            raise _invalid_file("Set-Cookie3 format file", filename, line)


class MozillaCookieJar(FileCookieJar):
    """Cookies in the Netscape cookies.txt format (curl, lynx): a header, then per cookie
    domain, whether the domain starts with a dot, path, secure, expires, name and value
    separated by tabs ('#HttpOnly_' before the domain for HttpOnly cookies)."""

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        now = time.time()
        if not NETSCAPE_MAGIC_RGX.match(f.readline()):
            raise LoadError("%r does not look like a Netscape format cookies file" % filename)
        line = ""
        try:
            while True:
                line = f.readline()
                rest = {}
                if line == "":
                    break
                if line.startswith(HTTPONLY_PREFIX):
                    rest[HTTPONLY_ATTR] = ""
                    line = line[len(HTTPONLY_PREFIX):]
                if line.endswith("\n"):
                    line = line[:-1]
                if line.strip().startswith(("#", "$")) or line.strip() == "":
                    continue
                domain, domain_specified, path, secure, expires, name, value = line.split("\t")
                secure = secure == "TRUE"
                domain_specified = domain_specified == "TRUE"
                if name == "":
                    name, value = value, None
                initial_dot = domain.startswith(".")
                assert domain_specified == initial_dot
                discard = False
                if expires == "":
                    expires = None
                    discard = True
                cookie = Cookie(0, name, value, None, False, domain, domain_specified,
                                initial_dot, path, False, secure, expires, discard, None, None,
                                rest)
                if self._keep_loaded(cookie, now, ignore_discard, ignore_expires):
                    self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            raise _invalid_file("Netscape format cookies file", filename, line)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename(filename)
        with self._open_for_saving(filename) as f:
            f.write(NETSCAPE_HEADER_TEXT)
            now = time.time()
            for cookie in self:
                if not self._keep_loaded(cookie, now, ignore_discard, ignore_expires):
                    continue
                domain = cookie.domain
                initial_dot = "TRUE" if domain.startswith(".") else "FALSE"
                expires = "" if cookie.expires is None else str(cookie.expires)
                if cookie.value is None:
                    name, value = "", cookie.name
                else:
                    name, value = cookie.name, cookie.value
                if cookie.has_nonstandard_attr(HTTPONLY_ATTR):
                    domain = HTTPONLY_PREFIX + domain
                f.write("\t".join([domain, initial_dot, cookie.path,
                                   "TRUE" if cookie.secure else "FALSE",
                                   expires, name, value]) + "\n")
