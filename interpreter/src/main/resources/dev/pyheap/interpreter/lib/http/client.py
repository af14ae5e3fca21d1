"""The client side of HTTP/1.1 (RFC 7230): HTTPConnection sends requests and
HTTPResponse reads the answers.

A connection moves through three states: idle, a request being put together
(putrequest, putheader), and a request sent (endheaders) whose response has
not been asked for yet. The connection is opened on the first send and kept
for the next request unless the response says it closes.
"""

import email.parser
import email.message
import http
import io
import re
import socket
from urllib.parse import urlsplit

__all__ = ['HTTPResponse', 'HTTPConnection',
           'HTTPException', 'NotConnected', 'UnknownProtocol',
           'UnknownTransferEncoding', 'UnimplementedFileMode',
           'IncompleteRead', 'InvalidURL', 'ImproperConnectionState',
           'CannotSendRequest', 'CannotSendHeader', 'ResponseNotReady',
           'BadStatusLine', 'LineTooLong', 'RemoteDisconnected', 'error',
           'responses']

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

globals().update(http.HTTPStatus.__members__)

responses = {status.value: status.phrase for status in http.HTTPStatus}

_MAXLINE = 65536
_MAXHEADERS = 100

# Header names are tokens; values may not hold a line break that starts a new header.
_is_legal_header_name = re.compile(rb'[^:\s][^:\r\n]*').fullmatch
_is_illegal_header_value = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search
_contains_disallowed_url_pchar_re = re.compile('[\x00-\x20\x7f]')
_contains_disallowed_method_pchar_re = re.compile('[\x00-\x1f]')

_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}


def _encode(data, name='data'):
    """data (a str) as latin-1 bytes, with a clear error when it cannot be."""
    try:
        return data.encode('latin-1')
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(
            err.encoding, err.object, err.start, err.end,
            "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
            "if you want to send it encoded in UTF-8." %
            (name.title(), data[err.start:err.end], name)) from None


class HTTPMessage(email.message.Message):
    """The headers of a response."""

    def getallmatchingheaders(self, name):
        """The raw lines of the headers with that name (continuations included)."""
        name = name.lower() + ':'
        size = len(name)
        found = []
        matching = False
        for line in self.keys():
            if line[:size].lower() == name:
                matching = True
            elif not line[:1].isspace():
                matching = False
            if matching:
                found.append(line)
        return found


def _read_headers(fp):
    """The header lines up to the blank line, as bytes."""
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('header line')
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException('got more than %d headers' % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            return lines


def parse_headers(fp, _class=HTTPMessage):
    """Read headers from a binary file and parse them into an HTTPMessage."""
    text = b''.join(_read_headers(fp)).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


class HTTPResponse(io.BufferedIOBase):
    """A response: status, reason, headers, then a body read as a file."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN
        self.url = url

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), 'iso-8859-1')
        if len(line) > _MAXLINE:
            raise LineTooLong('status line')
        if self.debuglevel > 0:
            print('reply:', repr(line))
        if not line:
            raise RemoteDisconnected('Remote end closed connection without response')
        pieces = line.split(None, 2)
        if len(pieces) == 3:
            version, status, reason = pieces
        elif len(pieces) == 2:
            version, status = pieces
            reason = ''
        else:
            version = ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
        except ValueError:
            raise BadStatusLine(line)
        if status < 100 or status > 999:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        """Read the status line and headers (skipping 100 Continue responses)."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            for line in _read_headers(self.fp):
                if self.debuglevel > 0:
                    print('header:', line.strip())
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print('header:', name + ':', value)
        encoding = self.headers.get('transfer-encoding')
        if encoding and encoding.lower() == 'chunked':
            self.chunked = True
            self.chunk_left = None
        else:
            self.chunked = False
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get('content-length')
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == NO_CONTENT or status == NOT_MODIFIED or 100 <= status < 200
                or self._method == 'HEAD'):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            # Without a length the body ends when the connection does.
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get('connection')
        if self.version == 11:
            return bool(conn and 'close' in conn.lower())
        if self.headers.get('keep-alive'):
            return False
        if conn and 'keep-alive' in conn.lower():
            return False
        proxy = self.headers.get('proxy-connection')
        if proxy and 'keep-alive' in proxy.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """Whether the body has been read to its end (or the response closed)."""
        return self.fp is None

    def read(self, amt=None):
        """Up to amt bytes of the body, or all that is left."""
        if self.fp is None:
            return b''
        if self._method == 'HEAD':
            self._close_conn()
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None:
            return self._read_counted(self.fp.read, amt)
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('chunk size')
        semicolon = line.find(b';')
        if semicolon >= 0:
            line = line[:semicolon]
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_and_discard_trailer(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong('trailer line')
            if line in (b'\r\n', b'\n', b''):
                break

    def _get_chunk_left(self):
        """What is left of the current chunk, reading the next size when it is
        used up; None once the last chunk has been read."""
        left = self.chunk_left
        if not left:
            if left is not None:
                self._safe_read(2)
            try:
                left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'')
            if left == 0:
                self._read_and_discard_trailer()
                self._close_conn()
                left = None
            self.chunk_left = left
        return left

    def _read_chunked(self, amt=None):
        pieces = []
        try:
            while (left := self._get_chunk_left()) is not None:
                if amt is not None and amt <= left:
                    pieces.append(self._safe_read(amt))
                    self.chunk_left = left - amt
                    break
                pieces.append(self._safe_read(left))
                if amt is not None:
                    amt -= left
                self.chunk_left = 0
            return b''.join(pieces)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(pieces)) from exc

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def read1(self, n=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            left = self._get_chunk_left()
            if left is None:
                return b''
            if n < 0 or n > left:
                n = left
            data = self.fp.read1(n)
            self.chunk_left -= len(data)
            return data
        return self._read_counted(self.fp.read1, n)

    def peek(self, n=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        return self.fp.peek(n)

    def readline(self, limit=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            return self._readline_chunked(limit)
        return self._read_counted(self.fp.readline, limit)

    def _read_counted(self, reader, n):
        """reader(n) bounded by what is left of a body of known length; the
        connection closed when the body or the data ends."""
        if self.length is not None and (n is None or n < 0 or n > self.length):
            n = self.length
        data = reader(n)
        if not data and n:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if not self.length:
                self._close_conn()
        return data

    def _readline_chunked(self, limit):
        line = bytearray()
        while limit < 0 or len(line) < limit:
            left = self._get_chunk_left()
            if left is None:
                break
            want = left if limit < 0 else min(left, limit - len(line))
            piece = self.fp.readline(want)
            if not piece:
                raise IncompleteRead(bytes(line))
            self.chunk_left = left - len(piece)
            line += piece
            if piece.endswith(b'\n'):
                break
        return bytes(line)

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The header's value (several joined by ', '), or default."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        """The (name, value) pairs of the headers."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


class HTTPConnection:
    """A connection to one HTTP server."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    @staticmethod
    def _is_textIO(stream):
        return isinstance(stream, io.TextIOBase)

    @staticmethod
    def _get_content_length(body, method):
        """The Content-Length for a body, or None when it must be chunked."""
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        (self.host, self.port) = self._get_hostport(host, port)
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def set_tunnel(self, host, port=None, headers=None):
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = headers.copy() if headers else {}

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            bracket = host.rfind(']')
            if colon > bracket:
                try:
                    port = int(host[colon + 1:])
                except ValueError:
                    if host[colon + 1:] == '':
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[colon + 1:])
                host = host[:colon]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return (host, port)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        """Open the connection to the host and port given to the constructor."""
        self.sock = self._create_connection((self.host, self.port), self.timeout,
                                            self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as e:
            import errno
            if e.errno != errno.ENOPROTOOPT:
                raise

    def close(self):
        """Close the connection and forget any response."""
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Send bytes, a file's contents or an iterable's chunks to the server."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print('send:', repr(data))
        if hasattr(data, 'read'):
            text = self._is_textIO(data)
            while block := data.read(self.blocksize):
                if text:
                    block = block.encode('iso-8859-1')
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if isinstance(data, (bytes, bytearray, memoryview)) or not hasattr(data, '__iter__'):
                raise TypeError('data should be a bytes-like object or an iterable, '
                                'got %r' % type(data))
            for chunk in data:
                self.sock.sendall(chunk)

    def _output(self, s):
        self._buffer.append(s)

    def _read_readable(self, readable):
        text = self._is_textIO(readable)
        while block := readable.read(self.blocksize):
            yield block.encode('iso-8859-1') if text else block

    def _send_output(self, message_body=None, encode_chunked=False):
        """Send the buffered request line and headers, then the body."""
        self._buffer.extend((b'', b''))
        msg = b'\r\n'.join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            chunks = self._read_readable(message_body)
        else:
            try:
                memoryview(message_body)
            except TypeError:
                try:
                    chunks = iter(message_body)
                except TypeError:
                    raise TypeError('message_body should be a bytes-like object or an '
                                    'iterable, got %r' % type(message_body))
            else:
                chunks = (message_body,)
        for chunk in chunks:
            if not chunk:
                continue
            if encode_chunked and self._http_vsn == 11:
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if encode_chunked and self._http_vsn == 11:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Start a request: the request line, then Host and Accept-Encoding
        unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        self._validate_method(method)
        self._method = method
        url = url or '/'
        self._validate_path(url)
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(self._encode_request(request))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ''
                if url.startswith('http'):
                    netloc = urlsplit(url)[1]
                if netloc:
                    try:
                        netloc_enc = netloc.encode('ascii')
                    except UnicodeEncodeError:
                        netloc_enc = netloc.encode('idna')
                    self.putheader('Host', netloc_enc)
                else:
                    host = self._tunnel_host or self.host
                    port = self._tunnel_port if self._tunnel_host else self.port
                    try:
                        host_enc = host.encode('ascii')
                    except UnicodeEncodeError:
                        host_enc = host.encode('idna')
                    if ':' in host:
                        host_enc = b'[' + host_enc + b']'
                    if port == self.default_port:
                        self.putheader('Host', host_enc)
                    else:
                        self.putheader('Host', '%s:%s' % (host_enc.decode('ascii'), port))
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        match = _contains_disallowed_method_pchar_re.search(method)
        if match:
            raise ValueError(f"method can't contain control characters. {method!r} "
                             f"(found at least {match.group()!r})")

    def _validate_path(self, url):
        match = _contains_disallowed_url_pchar_re.search(url)
        if match:
            raise InvalidURL(f"URL can't contain control characters. {url!r} "
                             f"(found at least {match.group()!r})")

    def _validate_host(self, host):
        match = _contains_disallowed_url_pchar_re.search(host)
        if match:
            raise InvalidURL(f"URL can't contain control characters. {host!r} "
                             f"(found at least {match.group()!r})")

    def putheader(self, header, *values):
        """Add a header line; several values become continuation lines."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _is_legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
            if _is_illegal_header_value(values[i]):
                raise ValueError('Invalid header value %r' % (values[i],))
        value = b'\r\n\t'.join(values)
        self._output(header + b': ' + value)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """End the headers and send the request (and body, if given)."""
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a whole request: Content-Length or chunking as the body needs."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in names:
            skips['skip_host'] = 1
        if 'accept-encoding' in names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in names:
            if 'transfer-encoding' not in names:
                encode_chunked = False
                length = self._get_content_length(body, method)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(length))
        else:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """The response to the request sent; ResponseNotReady when there is none."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel, method=self._method)
        else:
            response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


class HTTPException(Exception):
    """The root of the module's errors."""


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, 'got more than %d bytes when reading %s'
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException
