"""Running a WSGI application (PEP 3333) for one request: BaseHandler builds
the environ, calls the application with start_response, and writes the status,
headers and body it produces; an error before the headers went out becomes a
500 response and a traceback on wsgi.errors.

SimpleHandler works over given streams and environ (an origin server: the
status line "HTTP/1.0 200 OK", Date and Server); BaseCGIHandler and CGIHandler
write a CGI "Status:" header instead, CGIHandler over the process's standard
streams and environment.
"""

import os
import sys
import time

from .headers import Headers
from .util import FileWrapper, guess_scheme, is_hop_by_hop

__all__ = ['BaseHandler', 'SimpleHandler', 'BaseCGIHandler', 'CGIHandler',
           'IISCGIHandler', 'read_environ']

_weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def format_date_time(timestamp):
    """An HTTP date (RFC 1123, in GMT) for a POSIX timestamp."""
    t = time.gmtime(timestamp)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        _weekdayname[t.tm_wday], t.tm_mday, _monthname[t.tm_mon], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


_REQUEST_VARIABLES = frozenset({
    'SCRIPT_NAME', 'PATH_INFO', 'QUERY_STRING', 'REQUEST_METHOD', 'AUTH_TYPE',
    'CONTENT_TYPE', 'CONTENT_LENGTH', 'HTTPS', 'REMOTE_USER', 'REMOTE_IDENT'})


def _needs_transcode(name):
    # the variables that carry the request's bytes, which WSGI wants as latin-1 strs
    return (name in _REQUEST_VARIABLES or name.startswith('HTTP_') or name.startswith('SSL_')
            or (name.startswith('REDIRECT_') and _needs_transcode(name[9:])))


def read_environ():
    """os.environ as a dict, the request's variables turned back into their
    bytes read as latin-1 (as PEP 3333 wants them)."""
    encoding = sys.getfilesystemencoding()
    environ = {}
    for name, value in os.environ.items():
        if _needs_transcode(name):
            value = value.encode(encoding, 'surrogateescape').decode('iso-8859-1')
        environ[name] = value
    return environ


class BaseHandler:
    """Runs one application for one request; subclasses say where the
    request's streams and variables come from (_write, _flush, get_stdin,
    get_stderr, add_cgi_vars)."""

    wsgi_version = (1, 0)
    wsgi_multithread = True
    wsgi_multiprocess = True
    wsgi_run_once = False
    origin_server = True
    http_version = "1.0"
    server_software = None
    os_environ = read_environ()
    wsgi_file_wrapper = FileWrapper
    headers_class = Headers
    traceback_limit = None
    error_status = "500 Internal Server Error"
    error_headers = [('Content-Type', 'text/plain')]
    error_body = b"A server error occurred.  Please contact the administrator."

    status = result = None
    headers_sent = False
    headers = None
    bytes_sent = 0

    def run(self, application):
        """Call application and send its response (or the error response)."""
        try:
            self.setup_environ()
            self.result = application(self.environ, self.start_response)
            self.finish_response()
        except (ConnectionAbortedError, BrokenPipeError, ConnectionResetError):
            # the client went away: nobody to answer
            return
        except:
            try:
                self.handle_error()
            except:
                # the error response failed too: the server has to deal with it
                self.close()
                raise

    def setup_environ(self):
        """The request's environ: os_environ, the CGI variables, the wsgi.* keys."""
        env = self.environ = self.os_environ.copy()
        self.add_cgi_vars()
        env['wsgi.input'] = self.get_stdin()
        env['wsgi.errors'] = self.get_stderr()
        env['wsgi.version'] = self.wsgi_version
        env['wsgi.run_once'] = self.wsgi_run_once
        env['wsgi.url_scheme'] = self.get_scheme()
        env['wsgi.multithread'] = self.wsgi_multithread
        env['wsgi.multiprocess'] = self.wsgi_multiprocess
        if self.wsgi_file_wrapper is not None:
            env['wsgi.file_wrapper'] = self.wsgi_file_wrapper
        if self.origin_server and self.server_software:
            env.setdefault('SERVER_SOFTWARE', self.server_software)

    def finish_response(self):
        """Write the result's blocks, then close it and this handler."""
        try:
            if not self.result_is_file() or not self.sendfile():
                for data in self.result:
                    self.write(data)
                self.finish_content()
        except:
            if hasattr(self.result, 'close'):
                self.result.close()
            raise
        else:
            self.close()

    def get_scheme(self):
        return guess_scheme(self.environ)

    def set_content_length(self):
        """A result of exactly one block sent already: its length is the Content-Length."""
        try:
            blocks = len(self.result)
        except (TypeError, AttributeError, NotImplementedError):
            return
        if blocks == 1:
            self.headers['Content-Length'] = str(self.bytes_sent)

    def cleanup_headers(self):
        """Last changes to the headers before they are sent."""
        if 'Content-Length' not in self.headers:
            self.set_content_length()

    def start_response(self, status, headers, exc_info=None):
        """PEP 3333's start_response: record status and headers; returns write."""
        if exc_info:
            try:
                if self.headers_sent:
                    # too late to change the response: the error goes up
                    raise exc_info[1].with_traceback(exc_info[2])
            finally:
                exc_info = None
        elif self.headers is not None:
            raise AssertionError("Headers already set!")
        self.status = status
        self.headers = self.headers_class(headers)
        status = self._convert_string_type(status, "Status")
        assert len(status) >= 4, "Status must be at least 4 characters"
        assert status[:3].isdigit(), "Status message must begin w/3-digit code"
        assert status[3] == " ", "Status message must have a space after code"
        if __debug__:
            for name, val in headers:
                name = self._convert_string_type(name, "Header name")
                val = self._convert_string_type(val, "Header value")
                assert not is_hop_by_hop(name), f"Hop-by-hop header, '{name}: {val}', not allowed"
        return self.write

    def _convert_string_type(self, value, title):
        if type(value) is str:
            return value
        raise AssertionError("{0} must be of type str (got {1})".format(title, repr(value)))

    def send_preamble(self):
        """The status line, Date and Server (an origin server), or CGI's Status header."""
        if not self.origin_server:
            self._write(('Status: %s\r\n' % self.status).encode('iso-8859-1'))
        elif self.client_is_modern():
            self._write(('HTTP/%s %s\r\n' % (self.http_version, self.status)).encode('iso-8859-1'))
            if 'Date' not in self.headers:
                self._write(('Date: %s\r\n' % format_date_time(time.time())).encode('iso-8859-1'))
            if self.server_software and 'Server' not in self.headers:
                self._write(('Server: %s\r\n' % self.server_software).encode('iso-8859-1'))

    def write(self, data):
        """PEP 3333's write: send data (the headers first, the first time)."""
        assert type(data) is bytes, "write() argument must be a bytes instance"
        if not self.status:
            raise AssertionError("write() before start_response()")
        if not self.headers_sent:
            # the first block's length may become the Content-Length
            self.bytes_sent = len(data)
            self.send_headers()
        else:
            self.bytes_sent += len(data)
        self._write(data)
        self._flush()

    def sendfile(self):
        """Send a wsgi.file_wrapper result by a faster route; False to iterate it instead."""
        return False

    def finish_content(self):
        """Send the headers if no block did (an empty body: Content-Length 0)."""
        if not self.headers_sent:
            self.headers.setdefault('Content-Length', "0")
            self.send_headers()

    def close(self):
        """Close the result and forget this request."""
        try:
            if hasattr(self.result, 'close'):
                self.result.close()
        finally:
            self.result = self.headers = self.status = self.environ = None
            self.bytes_sent = 0
            self.headers_sent = False

    def send_headers(self):
        self.cleanup_headers()
        self.headers_sent = True
        if not self.origin_server or self.client_is_modern():
            self.send_preamble()
            self._write(bytes(self.headers))

    def result_is_file(self):
        wrapper = self.wsgi_file_wrapper
        return wrapper is not None and isinstance(self.result, wrapper)

    def client_is_modern(self):
        """Whether the client takes a status line and headers (not HTTP/0.9)."""
        return self.environ['SERVER_PROTOCOL'].upper() != 'HTTP/0.9'

    def log_exception(self, exc_info):
        """Print the traceback of exc_info on wsgi.errors."""
        try:
            from traceback import print_exception
            stderr = self.get_stderr()
            print_exception(exc_info[0], exc_info[1], exc_info[2], self.traceback_limit, stderr)
            stderr.flush()
        finally:
            exc_info = None

    def handle_error(self):
        """Log the exception being handled; send the error page if the headers are not out yet."""
        self.log_exception(sys.exc_info())
        if not self.headers_sent:
            self.result = self.error_output(self.environ, self.start_response)
            self.finish_response()

    def error_output(self, environ, start_response):
        """The WSGI application of the error response (error_status, error_headers, error_body)."""
        start_response(self.error_status, self.error_headers[:], sys.exc_info())
        return [self.error_body]

    def _write(self, data):
        raise NotImplementedError

    def _flush(self):
        raise NotImplementedError

    def get_stdin(self):
        raise NotImplementedError

    def get_stderr(self):
        raise NotImplementedError

    def add_cgi_vars(self):
        raise NotImplementedError


class SimpleHandler(BaseHandler):
    """A handler over given streams and environ variables (an HTTP/1.0 origin server)."""

    def __init__(self, stdin, stdout, stderr, environ, multithread=True, multiprocess=False):
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.base_env = environ
        self.wsgi_multithread = multithread
        self.wsgi_multiprocess = multiprocess

    def get_stdin(self):
        return self.stdin

    def get_stderr(self):
        return self.stderr

    def add_cgi_vars(self):
        self.environ.update(self.base_env)

    def _write(self, data):
        written = self.stdout.write(data)
        if written is None or written == len(data):
            return
        from warnings import warn
        warn("SimpleHandler.stdout.write() should not do partial writes", DeprecationWarning)
        while True:
            data = data[written:]
            if not data:
                break
            written = self.stdout.write(data)

    def _flush(self):
        self.stdout.flush()
        self._flush = self.stdout.flush


class BaseCGIHandler(SimpleHandler):
    """A CGI-like gateway over given streams: a "Status:" header, no status line."""

    origin_server = False


class CGIHandler(BaseCGIHandler):
    """CGI over sys.stdin, sys.stdout, sys.stderr and os.environ, run once."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        BaseCGIHandler.__init__(self, sys.stdin.buffer, sys.stdout.buffer, sys.stderr,
                                read_environ(), multithread=False, multiprocess=True)


class IISCGIHandler(BaseCGIHandler):
    """CGIHandler for IIS, whose PATH_INFO repeats SCRIPT_NAME."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        environ = read_environ()
        path = environ.get('PATH_INFO', '')
        script = environ.get('SCRIPT_NAME', '')
        if (path + '/').startswith(script + '/'):
            environ['PATH_INFO'] = path[len(script):]
        BaseCGIHandler.__init__(self, sys.stdin.buffer, sys.stdout.buffer, sys.stderr,
                                environ, multithread=False, multiprocess=True)
