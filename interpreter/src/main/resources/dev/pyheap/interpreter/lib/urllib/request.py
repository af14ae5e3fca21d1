"""Opening URLs: urlopen, Request, and the OpenerDirector that runs a chain of
handlers over each request.

An OpenerDirector learns what each handler does from its method names:
PROTOCOL_request(req) prepares a request, PROTOCOL_open(req) opens it (the
first handler returning something other than None wins; default_open and
unknown_open bracket the protocol's own), PROTOCOL_response(req, resp) post-
processes the response, and http_error_CODE / http_error_default answer an
HTTP error status. Handlers of one kind are kept sorted by handler_order.

build_opener puts together the default chain: ProxyHandler (the *_proxy
environment variables), UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
HTTPRedirectHandler, FileHandler, HTTPErrorProcessor and DataHandler; a
handler given as an argument replaces the default of its class. There is no
ssl module, so https URLs are refused as CPython without ssl refuses them
("unknown url type: https"), and no FTP or digest authentication.
"""

import base64
import bisect
import contextlib
import email
import http.client
import io
import os
import re
import socket
import string
import sys
import tempfile

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (
    urlparse, urlsplit, urljoin, unwrap, quote, unquote,
    _splittype, _splithost, _splitport, _splituser, _splitpasswd,
    _splittag, unquote_to_bytes, urlunparse)
from urllib.response import addinfourl, addclosehook

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'HTTPCookieProcessor', 'ProxyHandler',
    'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm',
    'HTTPPasswordMgrWithPriorAuth', 'AbstractBasicAuthHandler',
    'HTTPBasicAuthHandler', 'ProxyBasicAuthHandler', 'AbstractDigestAuthHandler',
    'HTTPDigestAuthHandler', 'ProxyDigestAuthHandler', 'HTTPHandler',
    'FileHandler', 'FTPHandler', 'CacheFTPHandler', 'DataHandler',
    'UnknownHandler', 'HTTPErrorProcessor',
    'urlopen', 'install_opener', 'build_opener',
    'pathname2url', 'url2pathname', 'getproxies',
    'urlretrieve', 'urlcleanup', 'URLopener', 'FancyURLopener',
]
# The names CPython lists that this module does not have (no ftplib, no
# digest authentication, no legacy URLopener).
__all__ = [name for name in __all__ if name not in (
    'AbstractDigestAuthHandler', 'HTTPDigestAuthHandler',
    'ProxyDigestAuthHandler', 'FTPHandler', 'CacheFTPHandler', 'URLopener',
    'FancyURLopener')]

__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
            *, cafile=None, capath=None, cadefault=False, context=None):
    """Open url (a str or a Request) with the installed opener, or a default one.

    The answer is an http.client.HTTPResponse for http URLs (msg is the
    reason, url the final URL) and an addinfourl for file and data URLs.
    """
    global _opener
    if cafile or capath or cadefault:
        import warnings
        warnings.warn("cafile, capath and cadefault are deprecated, use a "
                      "custom context instead.", DeprecationWarning, 2)
        if context is not None:
            raise ValueError("You can't pass both context and any of cafile, capath, and "
                             "cadefault")
        raise ValueError('SSL support not available')
    if context:
        # an ssl.SSLContext cannot exist here; CPython would build an https opener
        raise ValueError('SSL support not available')
    opener = _opener
    if opener is None:
        _opener = opener = build_opener()
    return opener.open(url, data, timeout)


def install_opener(opener):
    """Make opener the one urlopen uses."""
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the resource at url to filename (a new temporary file by default).

    Returns (filename, headers); a local file URL without filename gives its
    own path. reporthook(block number, block size, total size) is called
    before the first block and after each.
    """
    url_type, path = _splittype(url)
    with contextlib.closing(urlopen(url, data)) as fp:
        headers = fp.info()
        if url_type == "file" and not filename:
            return os.path.normpath(path), headers
        if filename:
            out = open(filename, 'wb')
        else:
            out = tempfile.NamedTemporaryFile(delete=False)
            filename = out.name
            _url_tempfiles.append(filename)
        with out:
            result = filename, headers
            block_size = 1024 * 8
            size = int(headers["Content-Length"]) if "content-length" in headers else -1
            read = blocks = 0
            if reporthook:
                reporthook(blocks, block_size, size)
            while block := fp.read(block_size):
                read += len(block)
                out.write(block)
                blocks += 1
                if reporthook:
                    reporthook(blocks, block_size, size)
    if size >= 0 and read < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes"
                                   % (read, size), result)
    return result


def urlcleanup():
    """Remove urlretrieve's temporary files and forget the installed opener."""
    global _opener
    for name in _url_tempfiles:
        try:
            os.unlink(name)
        except OSError:
            pass
    del _url_tempfiles[:]
    _opener = None


_cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host in lower case, without its port (from the Host header for a relative URL)."""
    host = urlparse(request.full_url)[1] or request.get_header("Host", "")
    return _cut_port_re.sub("", host, 1).lower()


class Request:
    """A URL to open with its data, headers and method.

    Header names are kept capitalized ("Content-type"); unredirected headers
    are sent with this request but not with one it is redirected to.
    """

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = request_host(self) if origin_req_host is None else origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url, self.fragment = _splittag(unwrap(url))
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        # new data: a Content-length worked out for the old data no longer holds
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """The method given, else POST with data and GET without."""
        return getattr(self, 'method', "POST" if self.data is not None else "GET")

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        return list({**self.unredirected_hdrs, **self.headers}.items())


# Method names that look like handler hooks but are not.
_NOT_HOOKS = ("redirect_request", "do_open", "proxy_open")


class OpenerDirector:
    """Runs a request through its handlers' request, open, error and response hooks."""

    def __init__(self):
        self.addheaders = [('User-agent', "Python-urllib/%s" % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        """Register each hook handler has, in handler_order among the others."""
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for name in dir(handler):
            if name in _NOT_HOOKS:
                continue
            protocol, _, condition = name.partition('_')
            if condition.startswith("error"):
                # PROTOCOL_error_KIND: KIND is a status code or a name like 'default'
                kind = condition.partition('_')[2]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                table = self.handle_error.setdefault(protocol, {})
            elif condition == "open":
                kind, table = protocol, self.handle_open
            elif condition == "response":
                kind, table = protocol, self.process_response
            elif condition == "request":
                kind, table = protocol, self.process_request
            else:
                continue
            bisect.insort(table.setdefault(kind, []), handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Open fullurl (a str or a Request; data replaces the Request's)."""
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + "_request")(req)
        # (CPython raises the audit event 'urllib.Request' here; there are no audit hooks here)
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        protocol = req.type
        for kind, name in (('default', 'default_open'), (protocol, protocol + '_open')):
            result = self._call_chain(self.handle_open, kind, name, req)
            if result:
                return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Ask the handlers to answer an error: for http, args are (req, fp,
        code, msg, hdrs) and http_error_CODE is tried, then http_error_default."""
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            code = args[2]
            result = self._call_chain(table, code, 'http_error_%s' % code, *args)
            if result:
                return result
            return self._call_chain(table, 'default', 'http_error_default', *args)
        return self._call_chain(self.handle_error, proto, proto + '_error', *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers and these (classes or
    instances); a default whose class one of these is or derives from is left out."""
    opener = OpenerDirector()
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]
    replaced = set()
    for default in defaults:
        for given in handlers:
            if issubclass(given, default) if isinstance(given, type) else isinstance(given, default):
                replaced.add(default)
    for default in defaults:
        if default not in replaced:
            opener.add_handler(default())
    for given in handlers:
        opener.add_handler(given() if isinstance(given, type) else given)
    return opener


class BaseHandler:
    """The base of handlers: ordered by handler_order, parent is the opener."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            # a handler without an order goes last (the old urllib2 did the same)
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Passes a response whose status is not 2xx to the opener's error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not 200 <= code < 300:
            response = self.parent.error('http', request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPCookieProcessor(BaseHandler):
    """Adds a CookieJar's cookies to each request and keeps the cookies of each response."""

    def __init__(self, cookiejar=None):
        import http.cookiejar
        if cookiejar is None:
            cookiejar = http.cookiejar.CookieJar()
        self.cookiejar = cookiejar

    def http_request(self, request):
        self.cookiejar.add_cookie_header(request)
        return request

    def http_response(self, request, response):
        self.cookiejar.extract_cookies(response, request)
        return response

    https_request = http_request
    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """Raises HTTPError for an error status nobody else answered."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 for GET and HEAD (and 301-303 for a
    POST, which becomes a GET), at most max_repeats times to one URL and
    max_redirections in all."""

    max_repeats = 4
    max_redirections = 10
    inf_msg = ("The HTTP server returned a redirect error that would "
               "lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to send to newurl, or HTTPError when this one may not be redirected."""
        method = req.get_method()
        if not (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
                or code in (301, 302, 303) and method == "POST"):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        # The body is not sent again, so neither are the headers describing it.
        kept = {k: v for k, v in req.headers.items()
                if k.lower() not in ("content-length", "content-type")}
        return Request(newurl.replace(' ', '%20'), headers=kept,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None
        parts = urlparse(newurl)
        if parts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code,
                            "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        if not parts.path and parts.netloc:
            parts = list(parts)
            parts[2] = "/"
        newurl = quote(urlunparse(parts), encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        # One count of visits per chain of redirects, shared by its requests.
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if visited.get(newurl, 0) >= self.max_repeats or len(visited) >= self.max_redirections:
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        # The connection is closed before the next one is opened.
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _parse_proxy(proxy):
    """(scheme, user, password, 'host:port') of a proxy URL or a bare authority."""
    scheme, rest = _splittype(proxy)
    if not rest.startswith("/"):
        scheme, authority = None, proxy
    else:
        if not rest.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        start = rest.find('@') if '@' in rest else 2
        end = rest.find("/", start)
        authority = rest[2:end if end != -1 else None]
    userinfo, hostport = _splituser(authority)
    user, password = _splitpasswd(userinfo) if userinfo is not None else (None, None)
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    """Sends requests of each proxied scheme (a mapping scheme -> proxy URL,
    from the environment by default) to its proxy."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, 'keys'), "proxies must be a mapping"
        self.proxies = proxies
        for type, url in proxies.items():
            type = type.lower()
            setattr(self, '%s_open' % type,
                    lambda r, proxy=url, type=type, meth=self.proxy_open: meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        original = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = original
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            credentials = '%s:%s' % (unquote(user), unquote(password))
            req.add_header('Proxy-authorization',
                           'Basic ' + base64.b64encode(credentials.encode()).decode("ascii"))
        req.set_proxy(unquote(hostport), proxy_type)
        if original == proxy_type or original == 'https':
            return None
        # another scheme's handler opens the proxy
        return self.parent.open(req, timeout=req.timeout)


class HTTPPasswordMgr:
    """User names and passwords by realm and by URI (a URI also covers the paths below it)."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        uris = [uri] if isinstance(uri, str) else uri
        realm_table = self.passwd.setdefault(realm, {})
        for default_port in True, False:
            reduced = tuple(self.reduce_uri(u, default_port) for u in uris)
            realm_table[reduced] = (user, passwd)

    def find_user_password(self, realm, authuri):
        domains = self.passwd.get(realm, {})
        for default_port in True, False:
            reduced = self.reduce_uri(authuri, default_port)
            for uris, authinfo in domains.items():
                if any(self.is_suburi(uri, reduced) for uri in uris):
                    return authinfo
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) of a URI or of a bare authority; with default_port
        the scheme's port is written out."""
        parts = urlsplit(uri)
        if parts[1]:
            scheme, authority, path = parts[0], parts[1], parts[2] or '/'
        else:
            scheme, authority, path = None, uri, '/'
        host, port = _splitport(authority)
        if default_port and port is None and scheme is not None:
            known = {"http": 80, "https": 443}.get(scheme)
            if known is not None:
                authority = "%s:%d" % (host, known)
        return authority, path

    def is_suburi(self, base, test):
        """Whether reduced URI test is base or below it."""
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1] if base[1][-1:] == '/' else base[1] + '/'
        return test[1].startswith(prefix)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """Falls back on the passwords added for realm None."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class HTTPPasswordMgrWithPriorAuth(HTTPPasswordMgrWithDefaultRealm):
    """Also remembers which URIs are known to need the credentials, so they
    are sent before the server asks."""

    def __init__(self, *args, **kwargs):
        self.authenticated = {}
        super().__init__(*args, **kwargs)

    def add_password(self, realm, uri, user, passwd, is_authenticated=False):
        self.update_authenticated(uri, is_authenticated)
        if realm is not None:
            super().add_password(None, uri, user, passwd)
        super().add_password(realm, uri, user, passwd)

    def update_authenticated(self, uri, is_authenticated=False):
        uris = [uri] if isinstance(uri, str) else uri
        for default_port in True, False:
            for u in uris:
                self.authenticated[self.reduce_uri(u, default_port)] = is_authenticated

    def is_authenticated(self, authuri):
        for default_port in True, False:
            reduced = self.reduce_uri(authuri, default_port)
            for uri in self.authenticated:
                if self.is_suburi(uri, reduced):
                    return self.authenticated[uri]


class AbstractBasicAuthHandler:
    """Answers a Basic challenge by retrying with the password manager's credentials."""

    # a challenge: scheme, then realm="..." (quoted or not), after the start or a comma
    rx = re.compile('(?:^|,)[ \t]*([^ \t,]+)[ \t]+realm=(["\']?)([^"\']*)\\2', re.I)

    def __init__(self, password_mgr=None):
        self.passwd = HTTPPasswordMgr() if password_mgr is None else password_mgr
        self.add_password = self.passwd.add_password

    def _parse_realm(self, header):
        found = False
        for match in AbstractBasicAuthHandler.rx.finditer(header):
            scheme, quote_char, realm = match.groups()
            if quote_char not in ['"', "'"]:
                import warnings
                warnings.warn("Basic Auth Realm was unquoted", UserWarning, 3)
            yield scheme, realm
            found = True
        if not found:
            yield (header.split()[0] if header else ''), None

    def http_error_auth_reqed(self, authreq, host, req, headers):
        challenges = headers.get_all(authreq)
        if not challenges:
            return None
        unsupported = None
        for header in challenges:
            for scheme, realm in self._parse_realm(header):
                if scheme.lower() != 'basic':
                    unsupported = scheme
                    continue
                if realm is not None:
                    return self.retry_http_basic_auth(host, req, realm)
        if unsupported is not None:
            raise ValueError("AbstractBasicAuthHandler does not support the following scheme: %r"
                             % (scheme,))
        return None

    def retry_http_basic_auth(self, host, req, realm):
        user, pw = self.passwd.find_user_password(realm, host)
        if pw is None:
            return None
        auth = "Basic " + base64.b64encode(("%s:%s" % (user, pw)).encode()).decode("ascii")
        if req.get_header(self.auth_header, None) == auth:
            # these credentials were refused already
            return None
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)

    def http_request(self, req):
        if not hasattr(self.passwd, 'is_authenticated') or not self.passwd.is_authenticated(req.full_url):
            return req
        if not req.has_header('Authorization'):
            user, passwd = self.passwd.find_user_password(None, req.full_url)
            credentials = base64.standard_b64encode(('%s:%s' % (user, passwd)).encode()).decode()
            req.add_unredirected_header('Authorization', 'Basic %s' % credentials.strip())
        return req

    def http_response(self, req, response):
        if hasattr(self.passwd, 'is_authenticated'):
            self.passwd.update_authenticated(req.full_url, 200 <= response.code < 300)
        return response

    https_request = http_request
    https_response = http_response


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    """Basic authentication with the server (401, WWW-Authenticate)."""

    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('www-authenticate', req.full_url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    """Basic authentication with a proxy (407, Proxy-Authenticate)."""

    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('proxy-authenticate', req.host, req, headers)


class AbstractHTTPHandler(BaseHandler):
    """Sends a Request with http.client and hands back its HTTPResponse."""

    def __init__(self, debuglevel=0):
        self._debuglevel = debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(request.data, request.get_method())

    def do_request_(self, request):
        """Add Content-type, Content-length (or chunked), Host and the opener's headers."""
        host = request.host
        if not host:
            raise URLError('no host given')
        if request.data is not None:
            if isinstance(request.data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, "
                                "or a file object. It cannot be of type str.")
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
            if not request.has_header('Content-length') and not request.has_header('Transfer-encoding'):
                length = self._get_content_length(request)
                if length is not None:
                    request.add_unredirected_header('Content-length', str(length))
                else:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
        selector_host = host
        if request.has_proxy():
            selector_host = _splithost(_splittype(request.selector)[1])[0]
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', selector_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send req on a new http_class connection (closed after the response)."""
        host = req.host
        if not host:
            raise URLError('no host given')
        conn = http_class(host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        # One request per connection: reading to the close ends the body.
        headers["Connection"] = "close"
        headers = {name.title(): value for name, value in headers.items()}
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, headers,
                             encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except:
            conn.close()
            raise
        # The response keeps its own reference to the socket.
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):
    """http URLs."""

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    """The last resort: a URL type no handler opens."""

    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


def parse_keqv_list(l):
    """{key: value} of 'key=value' items, double quotes around a value removed."""
    parsed = {}
    for item in l:
        key, value = item.split('=', 1)
        if value[0] == '"' and value[-1] == '"':
            value = value[1:-1]
        parsed[key] = value
    return parsed


def parse_http_list(s):
    """The items of a comma-separated header list (RFC 2068 2.1), where a
    double-quoted string may hold commas and backslash escapes."""
    items = []
    part = ''
    escape = quoted = False
    for char in s:
        if escape:
            part += char
            escape = False
        elif quoted:
            if char == '\\':
                escape = True
                continue
            if char == '"':
                quoted = False
            part += char
        elif char == ',':
            items.append(part)
            part = ''
        else:
            if char == '"':
                quoted = True
            part += char
    if part:
        items.append(part)
    return [item.strip() for item in items]


class FileHandler(BaseHandler):
    """file URLs of this host: the file with Content-type, Content-length and Last-modified."""

    names = None

    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and req.host and req.host != 'localhost':
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        else:
            return self.open_local_file(req)

    def get_names(self):
        """The addresses of this host (shared by every FileHandler)."""
        if FileHandler.names is None:
            try:
                FileHandler.names = tuple(socket.gethostbyname_ex('localhost')[2]
                                          + socket.gethostbyname_ex(socket.gethostname())[2])
            except socket.gaierror:
                FileHandler.names = (socket.gethostbyname('localhost'),)
        return FileHandler.names

    def open_local_file(self, req):
        import email.utils
        import mimetypes
        host = req.host
        filename = req.selector
        local = url2pathname(filename)
        try:
            stats = os.stat(local)
            mtype = mimetypes.guess_type(filename)[0]
            headers = email.message_from_string(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n' % (
                    mtype or 'text/plain', stats.st_size,
                    email.utils.formatdate(stats.st_mtime, usegmt=True)))
            port = None
            if host:
                host, port = _splitport(host)
            if not host or (not port and _safe_gethostbyname(host) in self.get_names()):
                origin = 'file://' + (host or '') + filename
                return addinfourl(open(local, 'rb'), headers, origin)
        except OSError as exp:
            raise URLError(exp)
        raise URLError('file not on local host')


def _safe_gethostbyname(host):
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


class DataHandler(BaseHandler):
    """data URLs (RFC 2397): data:[mediatype][;base64],data."""

    def data_open(self, req):
        url = req.full_url
        mediatype, data = url.split(":", 1)[1].split(",", 1)
        # even base64 data may be %-escaped
        data = unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-7]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\n"
                                            % (mediatype, len(data)))
        return addinfourl(io.BytesIO(data), headers, url)


def url2pathname(pathname):
    """The file system path of a file URL's path (%-escapes decoded)."""
    return unquote(pathname)


def pathname2url(pathname):
    """A file URL's path for a file system path (%-escaped)."""
    return quote(pathname)


def getproxies_environment():
    """{scheme: proxy URL} from the <scheme>_proxy environment variables
    (lower-case names win; an empty one removes the scheme)."""
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == '_proxy':
            proxies[name[:-6]] = value
    # Under CGI, HTTP_PROXY is a request header the client chose.
    if 'REQUEST_METHOD' in os.environ:
        proxies.pop('http', None)
    for name, value in os.environ.items():
        if name[-6:] == '_proxy':
            name = name.lower()
            if value:
                proxies[name[:-6]] = value
            else:
                proxies.pop(name[:-6], None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """Whether host is in no_proxy (domain suffixes separated by commas, or '*')."""
    if proxies is None:
        proxies = getproxies_environment()
    try:
        no_proxy = proxies['no']
    except KeyError:
        return False
    if no_proxy == '*':
        return True
    host = host.lower()
    hostonly, port = _splitport(host)
    for name in no_proxy.split(','):
        name = name.strip().lstrip('.').lower()
        if not name:
            continue
        if hostonly == name or host == name:
            return True
        if hostonly.endswith('.' + name) or host.endswith('.' + name):
            return True
    return False


getproxies = getproxies_environment
proxy_bypass = proxy_bypass_environment
