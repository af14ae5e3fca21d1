"""XML-RPC's data layer: dumps turns a call's parameters (or a response, or a Fault) into
XML-RPC text and loads reads it back, with CPython's types (Fault, Binary, DateTime) and errors.

ServerProxy (at the end) sends calls over HTTP with a Transport.

loads runs expat (xml.parsers.expat) with an Unmarshaller as the target: values are pushed on a
stack as their elements end; an array or a struct marks where its items start and replaces them
with the container when it ends."""

import base64
import errno
import http.client
import sys
import time
import urllib.parse
from datetime import datetime
from decimal import Decimal
from io import BytesIO
from xml.parsers import expat

try:
    import gzip
except ImportError:
    gzip = None

__version__ = '%d.%d' % sys.version_info[:2]

MAXINT = 2**31 - 1
MININT = -2**31

PARSE_ERROR = -32700
SERVER_ERROR = -32600
APPLICATION_ERROR = -32500
SYSTEM_ERROR = -32400
TRANSPORT_ERROR = -32300

NOT_WELLFORMED_ERROR = -32700
UNSUPPORTED_ENCODING = -32701
INVALID_ENCODING_CHAR = -32702
INVALID_XMLRPC = -32600
METHOD_NOT_FOUND = -32601
INVALID_METHOD_PARAMS = -32602
INTERNAL_ERROR = -32603


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Error(Exception):
    """Base class for client errors."""
    __str__ = object.__str__


class ProtocolError(Error):
    """Indicates an HTTP protocol error."""

    def __init__(self, url, errcode, errmsg, headers):
        Error.__init__(self)
        self.url = url
        self.errcode = errcode
        self.errmsg = errmsg
        self.headers = headers

    def __repr__(self):
        return "<%s for %s: %s %s>" % (self.__class__.__name__, self.url, self.errcode, self.errmsg)


class ResponseError(Error):
    """Indicates a broken response package."""


class Fault(Error):
    """Indicates an XML-RPC fault package."""

    def __init__(self, faultCode, faultString, **extra):
        Error.__init__(self)
        self.faultCode = faultCode
        self.faultString = faultString

    def __repr__(self):
        return "<%s %s: %r>" % (self.__class__.__name__, self.faultCode, self.faultString)


boolean = Boolean = bool


def _iso8601_format(value):
    return "%04d%02d%02dT%02d:%02d:%02d" % (value.year, value.month, value.day, value.hour,
                                           value.minute, value.second)


def _strftime(value):
    if isinstance(value, datetime):
        return _iso8601_format(value)
    if not isinstance(value, (tuple, time.struct_time)):
        if value == 0:
            value = time.time()
        value = time.localtime(value)
    return "%04d%02d%02dT%02d:%02d:%02d" % value[:6]


class DateTime:
    """An XML-RPC dateTime.iso8601 value, kept as its text."""

    def __init__(self, value=0):
        self.value = value if isinstance(value, str) else _strftime(value)

    def make_comparable(self, other):
        if isinstance(other, DateTime):
            return self.value, other.value
        if isinstance(other, datetime):
            return self.value, _iso8601_format(other)
        if isinstance(other, str):
            return self.value, other
        if hasattr(other, "timetuple"):
            return self.timetuple(), other.timetuple()
        return self.value, NotImplemented

    def _compare(self, other, op):
        s, o = self.make_comparable(other)
        if o is NotImplemented:
            return NotImplemented
        return op(s, o)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def timetuple(self):
        return time.strptime(self.value, "%Y%m%dT%H:%M:%S")

    def __str__(self):
        return self.value

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.value, id(self))

    def decode(self, data):
        self.value = str(data).strip()

    def encode(self, out):
        out.write("<value><dateTime.iso8601>")
        out.write(self.value)
        out.write("</dateTime.iso8601></value>\n")


def _datetime(data):
    value = DateTime()
    value.decode(data)
    return value


def _datetime_type(data):
    return datetime.strptime(data, "%Y%m%dT%H:%M:%S")


class Binary:
    """Wrapper for binary data."""

    def __init__(self, data=None):
        if data is None:
            data = b""
        else:
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("expected bytes or bytearray, not %s" % data.__class__.__name__)
            data = bytes(data)
        self.data = data

    def __str__(self):
        return str(self.data, "latin-1")

    def __eq__(self, other):
        if isinstance(other, Binary):
            other = other.data
        return self.data == other

    def decode(self, data):
        self.data = base64.decodebytes(data)

    def encode(self, out):
        out.write("<value><base64>\n")
        out.write(base64.encodebytes(self.data).decode('ascii'))
        out.write("</base64></value>\n")


def _binary(data):
    value = Binary()
    value.decode(data)
    return value


WRAPPERS = (DateTime, Binary)


class ExpatParser:
    """Feeds a target (start, end, data, xml) from expat."""

    def __init__(self, target):
        self._parser = parser = expat.ParserCreate(None, None)
        self._target = target
        parser.StartElementHandler = target.start
        parser.EndElementHandler = target.end
        parser.CharacterDataHandler = target.data
        target.xml(None, None)

    def feed(self, data):
        self._parser.Parse(data, False)

    def close(self):
        try:
            parser = self._parser
        except AttributeError:
            return
        del self._target, self._parser
        parser.Parse(b"", True)


class Marshaller:
    """Writes values as XML-RPC <value> elements (dumps: a params list or a fault)."""

    def __init__(self, encoding=None, allow_none=False):
        self.memo = {}
        self.data = None
        self.encoding = encoding
        self.allow_none = allow_none

    dispatch = {}

    def dumps(self, values):
        out = []
        write = out.append
        if isinstance(values, Fault):
            write("<fault>\n")
            self.__dump({'faultCode': values.faultCode, 'faultString': values.faultString}, write)
            write("</fault>\n")
        else:
            write("<params>\n")
            for v in values:
                write("<param>\n")
                self.__dump(v, write)
                write("</param>\n")
            write("</params>\n")
        return "".join(out)

    def __dump(self, value, write):
        f = self.dispatch.get(type(value))
        if f is None:
            # an instance of a class of its own is written as a struct of its __dict__; a
            # subclass of a type written here is refused
            if not hasattr(value, '__dict__'):
                raise TypeError("cannot marshal %s objects" % type(value))
            for base in type(value).__mro__:
                if base in self.dispatch:
                    raise TypeError("cannot marshal %s objects" % type(value))
            f = self.dispatch["_arbitrary_instance"]
        f(self, value, write)

    def dump_nil(self, value, write):
        if not self.allow_none:
            raise TypeError("cannot marshal None unless allow_none is enabled")
        write("<value><nil/></value>")
    dispatch[type(None)] = dump_nil

    def dump_bool(self, value, write):
        write("<value><boolean>%s</boolean></value>\n" % ("1" if value else "0"))
    dispatch[bool] = dump_bool

    def dump_long(self, value, write):
        if value > MAXINT or value < MININT:
            raise OverflowError("int exceeds XML-RPC limits")
        write("<value><int>%s</int></value>\n" % int(value))
    dispatch[int] = dump_long
    dump_int = dump_long

    def dump_double(self, value, write):
        write("<value><double>%r</double></value>\n" % value)
    dispatch[float] = dump_double

    def dump_unicode(self, value, write, escape=escape):
        write("<value><string>%s</string></value>\n" % escape(value))
    dispatch[str] = dump_unicode

    def dump_bytes(self, value, write):
        write("<value><base64>\n")
        write(base64.encodebytes(value).decode('ascii'))
        write("</base64></value>\n")
    dispatch[bytes] = dump_bytes
    dispatch[bytearray] = dump_bytes

    def dump_array(self, value, write):
        i = id(value)
        if i in self.memo:
            raise TypeError("cannot marshal recursive sequences")
        self.memo[i] = None
        write("<value><array><data>\n")
        for v in value:
            self.__dump(v, write)
        write("</data></array></value>\n")
        del self.memo[i]
    dispatch[tuple] = dump_array
    dispatch[list] = dump_array

    def dump_struct(self, value, write, escape=escape):
        i = id(value)
        if i in self.memo:
            raise TypeError("cannot marshal recursive dictionaries")
        self.memo[i] = None
        write("<value><struct>\n")
        for k, v in value.items():
            write("<member>\n")
            if not isinstance(k, str):
                raise TypeError("dictionary key must be string")
            write("<name>%s</name>\n" % escape(k))
            self.__dump(v, write)
            write("</member>\n")
        write("</struct></value>\n")
        del self.memo[i]
    dispatch[dict] = dump_struct

    def dump_datetime(self, value, write):
        write("<value><dateTime.iso8601>%s</dateTime.iso8601></value>\n" % _strftime(value))
    dispatch[datetime] = dump_datetime

    def dump_instance(self, value, write):
        if value.__class__ in WRAPPERS:
            self.write = write
            value.encode(self)
            del self.write
        else:
            self.dump_struct(value.__dict__, write)
    dispatch[DateTime] = dump_instance
    dispatch[Binary] = dump_instance
    dispatch["_arbitrary_instance"] = dump_instance


class Unmarshaller:
    """The target loads parses into: the values of a params list, a fault, a method name."""

    def __init__(self, use_datetime=False, use_builtin_types=False):
        self._type = None
        self._stack = []
        self._marks = []
        self._data = []
        self._value = False
        self._methodname = None
        self._encoding = "utf-8"
        self.append = self._stack.append
        self._use_datetime = use_builtin_types or use_datetime
        self._use_bytes = use_builtin_types

    def close(self):
        if self._type is None or self._marks:
            raise ResponseError()
        if self._type == "fault":
            raise Fault(**self._stack[0])
        return tuple(self._stack)

    def getmethodname(self):
        return self._methodname

    def xml(self, encoding, standalone):
        self._encoding = encoding

    def start(self, tag, attrs):
        if ':' in tag:
            tag = tag.split(':')[-1]
        if tag == "array" or tag == "struct":
            self._marks.append(len(self._stack))
        self._data = []
        if self._value and tag not in self.dispatch:
            raise ResponseError("unknown tag %r" % tag)
        self._value = (tag == "value")

    def data(self, text):
        self._data.append(text)

    def end(self, tag):
        f = self.dispatch.get(tag)
        if f is None:
            if ':' not in tag:
                return
            f = self.dispatch.get(tag.split(':')[-1])
            if f is None:
                return
        return f(self, "".join(self._data))

    def end_dispatch(self, tag, data):
        f = self.dispatch.get(tag)
        if f is None:
            if ':' not in tag:
                return
            f = self.dispatch.get(tag.split(':')[-1])
            if f is None:
                return
        return f(self, data)

    dispatch = {}

    def _push(self, value):
        self.append(value)
        self._value = 0

    def end_nil(self, data):
        self._push(None)
    dispatch["nil"] = end_nil

    def end_boolean(self, data):
        if data == "0":
            self._push(False)
        elif data == "1":
            self._push(True)
        else:
            raise TypeError("bad boolean value")
    dispatch["boolean"] = end_boolean

    def end_int(self, data):
        self._push(int(data))
    for _tag in ("i1", "i2", "i4", "i8", "int", "biginteger"):
        dispatch[_tag] = end_int

    def end_double(self, data):
        self._push(float(data))
    dispatch["double"] = end_double
    dispatch["float"] = end_double

    def end_bigdecimal(self, data):
        self._push(Decimal(data))
    dispatch["bigdecimal"] = end_bigdecimal

    def end_string(self, data):
        self._push(data)
    dispatch["string"] = end_string
    dispatch["name"] = end_string

    def end_array(self, data):
        mark = self._marks.pop()
        self._stack[mark:] = [self._stack[mark:]]
        self._value = 0
    dispatch["array"] = end_array

    def end_struct(self, data):
        mark = self._marks.pop()
        items = self._stack[mark:]
        struct = {}
        for i in range(0, len(items), 2):
            struct[items[i]] = items[i + 1]
        self._stack[mark:] = [struct]
        self._value = 0
    dispatch["struct"] = end_struct

    def end_base64(self, data):
        value = Binary()
        value.decode(data.encode("ascii"))
        self._push(value.data if self._use_bytes else value)
    dispatch["base64"] = end_base64

    def end_dateTime(self, data):
        value = DateTime()
        value.decode(data)
        self._push(_datetime_type(data) if self._use_datetime else value)
    dispatch["dateTime.iso8601"] = end_dateTime

    def end_value(self, data):
        # a <value> with no type element is a string
        if self._value:
            self.end_string(data)
    dispatch["value"] = end_value

    def end_params(self, data):
        self._type = "params"
    dispatch["params"] = end_params

    def end_fault(self, data):
        self._type = "fault"
    dispatch["fault"] = end_fault

    def end_methodName(self, data):
        self._methodname = data
        self._type = "methodName"
    dispatch["methodName"] = end_methodName

    del _tag


def getparser(use_datetime=False, use_builtin_types=False):
    """A (parser, unmarshaller) pair: feed the parser, then close both."""
    target = Unmarshaller(use_datetime=use_datetime, use_builtin_types=use_builtin_types)
    return ExpatParser(target), target


def dumps(params, methodname=None, methodresponse=None, encoding=None, allow_none=False):
    """XML-RPC text for a call (methodname), a response (methodresponse, or a Fault) or just
    the params."""
    assert isinstance(params, (tuple, Fault)), "argument must be tuple or Fault instance"
    if isinstance(params, Fault):
        methodresponse = 1
    elif methodresponse and isinstance(params, tuple):
        assert len(params) == 1, "response tuple must be a singleton"
    if not encoding:
        encoding = "utf-8"
    data = Marshaller(encoding, allow_none).dumps(params)
    if encoding != "utf-8":
        header = "<?xml version='1.0' encoding='%s'?>\n" % str(encoding)
    else:
        header = "<?xml version='1.0'?>\n"
    if methodname:
        return "".join((header, "<methodCall>\n<methodName>", methodname, "</methodName>\n", data,
                        "</methodCall>\n"))
    if methodresponse:
        return "".join((header, "<methodResponse>\n", data, "</methodResponse>\n"))
    return data


def loads(data, use_datetime=False, use_builtin_types=False):
    """(params tuple, method name or None) from XML-RPC text; a fault raises Fault."""
    parser, unmarshaller = getparser(use_datetime=use_datetime, use_builtin_types=use_builtin_types)
    parser.feed(data)
    parser.close()
    return unmarshaller.close(), unmarshaller.getmethodname()


# The HTTP side: a ServerProxy turns attribute calls into requests its Transport POSTs, one
# HTTP/1.1 connection kept per host; bodies may travel gzip-compressed both ways.

def gzip_encode(data):
    """data compressed as a gzip stream."""
    if not gzip:
        raise NotImplementedError
    f = BytesIO()
    with gzip.GzipFile(mode="wb", fileobj=f, compresslevel=1) as gzf:
        gzf.write(data)
    return f.getvalue()


def gzip_decode(data, max_decode=20971520):
    """The bytes of a gzip stream, refused past max_decode bytes (-1: no limit)."""
    if not gzip:
        raise NotImplementedError
    with gzip.GzipFile(mode="rb", fileobj=BytesIO(data)) as gzf:
        try:
            if max_decode < 0:
                decoded = gzf.read()
            else:
                decoded = gzf.read(max_decode + 1)
        except OSError:
            raise ValueError("invalid data")
    if max_decode >= 0 and len(decoded) > max_decode:
        raise ValueError("max gzipped payload length exceeded")
    return decoded


class GzipDecodedResponse(gzip.GzipFile if gzip else object):
    """A response whose gzip-encoded body reads decoded."""

    def __init__(self, response):
        if not gzip:
            raise NotImplementedError
        self.io = BytesIO(response.read())
        gzip.GzipFile.__init__(self, mode="rb", fileobj=self.io)

    def close(self):
        try:
            gzip.GzipFile.close(self)
        finally:
            self.io.close()


class _Method:
    """server.a.b: a callable that sends the call 'a.b'."""

    def __init__(self, send, name):
        self.__send = send
        self.__name = name

    def __getattr__(self, name):
        return _Method(self.__send, "%s.%s" % (self.__name, name))

    def __call__(self, *args):
        return self.__send(self.__name, args)


class Transport:
    """Sends a request's body by POST over http.client and reads the response through the
    unmarshaller; retries once when a kept-alive connection turns out closed."""

    user_agent = "Python-xmlrpc/%s" % __version__
    accept_gzip_encoding = True
    encode_threshold = None

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=()):
        self._use_datetime = use_datetime
        self._use_builtin_types = use_builtin_types
        self._connection = (None, None)
        self._headers = list(headers)
        self._extra_headers = []

    def request(self, host, handler, request_body, verbose=False):
        for attempt in (0, 1):
            try:
                return self.single_request(host, handler, request_body, verbose)
            except http.client.RemoteDisconnected:
                if attempt:
                    raise
            except OSError as e:
                if attempt or e.errno not in (errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE):
                    raise

    def single_request(self, host, handler, request_body, verbose=False):
        try:
            connection = self.send_request(host, handler, request_body, verbose)
            resp = connection.getresponse()
            if resp.status == 200:
                self.verbose = verbose
                return self.parse_response(resp)
        except Fault:
            raise
        except Exception:
            self.close()
            raise
        if resp.getheader("content-length", ""):
            resp.read()
        raise ProtocolError(host + handler, resp.status, resp.reason, dict(resp.getheaders()))

    def getparser(self):
        return getparser(use_datetime=self._use_datetime,
                         use_builtin_types=self._use_builtin_types)

    def get_host_info(self, host):
        """(host, extra headers, x509 dict): user:password@ in host becomes Basic auth."""
        x509 = {}
        if isinstance(host, tuple):
            host, x509 = host
        auth, host = urllib.parse._splituser(host)
        if auth:
            auth = base64.encodebytes(urllib.parse.unquote_to_bytes(auth)).decode("utf-8")
            extra_headers = [("Authorization", "Basic " + "".join(auth.split()))]
        else:
            extra_headers = []
        return host, extra_headers, x509

    def make_connection(self, host):
        if self._connection and host == self._connection[0]:
            return self._connection[1]
        chost, self._extra_headers, x509 = self.get_host_info(host)
        self._connection = host, http.client.HTTPConnection(chost)
        return self._connection[1]

    def close(self):
        host, connection = self._connection
        if connection:
            self._connection = (None, None)
            connection.close()

    def send_request(self, host, handler, request_body, debug):
        connection = self.make_connection(host)
        headers = self._headers + self._extra_headers
        if debug:
            connection.set_debuglevel(1)
        if self.accept_gzip_encoding and gzip:
            connection.putrequest("POST", handler, skip_accept_encoding=True)
            headers.append(("Accept-Encoding", "gzip"))
        else:
            connection.putrequest("POST", handler)
        headers.append(("Content-Type", "text/xml"))
        headers.append(("User-Agent", self.user_agent))
        self.send_headers(connection, headers)
        self.send_content(connection, request_body)
        return connection

    def send_headers(self, connection, headers):
        for key, val in headers:
            connection.putheader(key, val)

    def send_content(self, connection, request_body):
        if self.encode_threshold is not None and self.encode_threshold < len(request_body) and gzip:
            connection.putheader("Content-Encoding", "gzip")
            request_body = gzip_encode(request_body)
        connection.putheader("Content-Length", str(len(request_body)))
        connection.endheaders(request_body)

    def parse_response(self, response):
        if hasattr(response, 'getheader') and response.getheader("Content-Encoding", "") == "gzip":
            stream = GzipDecodedResponse(response)
        else:
            stream = response
        parser, unmarshaller = self.getparser()
        while True:
            data = stream.read(1024)
            if not data:
                break
            if self.verbose:
                print("body:", repr(data))
            parser.feed(data)
        if stream is not response:
            stream.close()
        parser.close()
        return unmarshaller.close()


class SafeTransport(Transport):
    """HTTPS: without an ssl module there is no HTTPSConnection to make."""

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        super().__init__(use_datetime=use_datetime, use_builtin_types=use_builtin_types,
                         headers=headers)
        self.context = context

    def make_connection(self, host):
        if self._connection and host == self._connection[0]:
            return self._connection[1]
        if not hasattr(http.client, "HTTPSConnection"):
            raise NotImplementedError("your version of http.client doesn't support HTTPS")
        chost, self._extra_headers, x509 = self.get_host_info(host)
        self._connection = host, http.client.HTTPSConnection(chost, None, context=self.context,
                                                             **(x509 or {}))
        return self._connection[1]


class ServerProxy:
    """A remote XML-RPC server: proxy.name(args) calls its method 'name' (dotted names work);
    proxy('close')() closes the connection and proxy('transport') is the Transport."""

    def __init__(self, uri, transport=None, encoding=None, verbose=False, allow_none=False,
                 use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        parts = urllib.parse.urlsplit(uri)
        if parts.scheme not in ("http", "https"):
            raise OSError("unsupported XML-RPC protocol")
        self.__host = parts.netloc
        self.__handler = urllib.parse.urlunsplit(["", "", *parts[2:]]) or "/RPC2"
        if transport is None:
            if parts.scheme == "https":
                transport = SafeTransport(use_datetime=use_datetime,
                                          use_builtin_types=use_builtin_types,
                                          headers=headers, context=context)
            else:
                transport = Transport(use_datetime=use_datetime,
                                      use_builtin_types=use_builtin_types, headers=headers)
        self.__transport = transport
        self.__encoding = encoding or 'utf-8'
        self.__verbose = verbose
        self.__allow_none = allow_none

    def __close(self):
        self.__transport.close()

    def __request(self, methodname, params):
        request = dumps(params, methodname, encoding=self.__encoding,
                        allow_none=self.__allow_none).encode(self.__encoding, 'xmlcharrefreplace')
        response = self.__transport.request(self.__host, self.__handler, request,
                                            verbose=self.__verbose)
        if len(response) == 1:
            response = response[0]
        return response

    def __repr__(self):
        return "<%s for %s%s>" % (self.__class__.__name__, self.__host, self.__handler)

    def __getattr__(self, name):
        return _Method(self.__request, name)

    def __call__(self, attr):
        if attr == "close":
            return self.__close
        if attr == "transport":
            return self.__transport
        raise AttributeError("Attribute %r not found" % (attr,))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.__close()


Server = ServerProxy


class _MultiCallMethod:
    def __init__(self, call_list, name):
        self.__call_list = call_list
        self.__name = name

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list, "%s.%s" % (self.__name, name))

    def __call__(self, *args):
        self.__call_list.append((self.__name, args))


class MultiCallIterator:
    """The results of a system.multicall: each a value, or a Fault raised when it is read."""

    def __init__(self, results):
        self.results = results

    def __getitem__(self, i):
        item = self.results[i]
        if type(item) == type({}):
            raise Fault(item['faultCode'], item['faultString'])
        if type(item) == type([]):
            return item[0]
        raise ValueError("unexpected type in multicall result")


class MultiCall:
    """Collects calls made on it, then sends them all in one system.multicall when called."""

    def __init__(self, server):
        self.__server = server
        self.__call_list = []

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list, name)

    def __call__(self):
        calls = [{'methodName': name, 'params': args} for name, args in self.__call_list]
        return MultiCallIterator(self.__server.system.multicall(calls))
