"""Helpers for WSGI servers and applications: FileWrapper (a file as an
iterable of blocks), the URIs of a request (application_uri, request_uri),
shift_path_info, setup_testing_defaults and is_hop_by_hop."""

import posixpath
from urllib.parse import quote

__all__ = ['FileWrapper', 'guess_scheme', 'application_uri', 'request_uri',
           'shift_path_info', 'setup_testing_defaults']


class FileWrapper:
    """Iterates over a file-like object's blocks of blksize; close() closes it."""

    def __init__(self, filelike, blksize=8192):
        self.filelike = filelike
        self.blksize = blksize
        if hasattr(filelike, 'close'):
            self.close = filelike.close

    def __iter__(self):
        return self

    def __next__(self):
        data = self.filelike.read(self.blksize)
        if data:
            return data
        raise StopIteration


def guess_scheme(environ):
    """'https' when the HTTPS variable is yes, on or 1; 'http' otherwise."""
    return 'https' if environ.get("HTTPS") in ('yes', 'on', '1') else 'http'


def application_uri(environ):
    """The application's base URI: scheme, host (HTTP_HOST, else SERVER_NAME
    with a port other than the scheme's default) and SCRIPT_NAME."""
    scheme = environ['wsgi.url_scheme']
    url = scheme + '://'
    if environ.get('HTTP_HOST'):
        url += environ['HTTP_HOST']
    else:
        url += environ['SERVER_NAME']
        if environ['SERVER_PORT'] != ('443' if scheme == 'https' else '80'):
            url += ':' + environ['SERVER_PORT']
    return url + quote(environ.get('SCRIPT_NAME') or '/', encoding='latin1')


def request_uri(environ, include_query=True):
    """The whole URI of the request, with its query string unless include_query is false."""
    url = application_uri(environ)
    path_info = quote(environ.get('PATH_INFO', ''), safe='/;=,', encoding='latin1')
    # without a SCRIPT_NAME, application_uri already ends with PATH_INFO's '/'
    url += path_info if environ.get('SCRIPT_NAME') else path_info[1:]
    if include_query and environ.get('QUERY_STRING'):
        url += '?' + environ['QUERY_STRING']
    return url


def shift_path_info(environ):
    """Move the first segment of PATH_INFO to the end of SCRIPT_NAME and return
    it (None when PATH_INFO is empty); environ is changed in place.

    A PATH_INFO of just '/' gives '' and a SCRIPT_NAME ending with '/', so an
    application can tell '/x' from '/x/'.
    """
    path_info = environ.get('PATH_INFO', '')
    if not path_info:
        return None
    parts = path_info.split('/')
    # empty and '.' segments are dropped, except the last
    parts[1:-1] = [part for part in parts[1:-1] if part and part != '.']
    name = parts.pop(1)
    script_name = posixpath.normpath(environ.get('SCRIPT_NAME', '') + '/' + name)
    if script_name.endswith('/'):
        script_name = script_name[:-1]
    if not name and not script_name.endswith('/'):
        script_name += '/'
    environ['SCRIPT_NAME'] = script_name
    environ['PATH_INFO'] = '/'.join(parts)
    return None if name == '.' else name


def setup_testing_defaults(environ):
    """Fill in what a WSGI environ needs (server, request and wsgi.* keys)
    with stand-in values, keeping those already there. For tests only."""
    from io import StringIO, BytesIO
    environ.setdefault('SERVER_NAME', '127.0.0.1')
    environ.setdefault('SERVER_PROTOCOL', 'HTTP/1.0')
    environ.setdefault('HTTP_HOST', environ['SERVER_NAME'])
    environ.setdefault('REQUEST_METHOD', 'GET')
    if 'SCRIPT_NAME' not in environ and 'PATH_INFO' not in environ:
        environ.setdefault('SCRIPT_NAME', '')
        environ.setdefault('PATH_INFO', '/')
    environ.setdefault('wsgi.version', (1, 0))
    environ.setdefault('wsgi.run_once', 0)
    environ.setdefault('wsgi.multithread', 0)
    environ.setdefault('wsgi.multiprocess', 0)
    environ.setdefault('wsgi.input', BytesIO())
    environ.setdefault('wsgi.errors', StringIO())
    environ.setdefault('wsgi.url_scheme', guess_scheme(environ))
    if environ['wsgi.url_scheme'] == 'http':
        environ.setdefault('SERVER_PORT', '80')
    elif environ['wsgi.url_scheme'] == 'https':
        environ.setdefault('SERVER_PORT', '443')


_hop_by_hop = frozenset({'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
                         'te', 'trailers', 'transfer-encoding', 'upgrade'})


def is_hop_by_hop(header_name):
    """Whether header_name is an HTTP/1.1 hop-by-hop header (one a WSGI application may not set)."""
    return header_name.lower() in _hop_by_hop
