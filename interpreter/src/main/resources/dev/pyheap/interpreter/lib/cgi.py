"""Helpers for CGI scripts (deprecated since 3.11, as in CPython): the form a
request sends, from the query string or the request body.

FieldStorage reads a form: application/x-www-form-urlencoded (a query string,
or the body of a POST) gives a list of MiniFieldStorage (name, value) items;
multipart/form-data gives one FieldStorage per part, read up to the next
boundary line, each with its headers, disposition, name, filename and value
(str for a field, bytes for a file; a file's data is kept in a temporary file
past 1000 bytes). parse, parse_multipart and parse_header are the simpler
entry points; the print_* functions write HTML reports for debugging.

The global maxlen, when not 0, is the largest request body accepted
(ValueError past it).
"""

__version__ = "2.6"

import html
import locale
import os
import sys
import tempfile
import urllib.parse
import warnings
from collections.abc import Mapping
from email.message import Message, _split_semicolons
from email.parser import FeedParser
from io import StringIO, BytesIO, TextIOWrapper

__all__ = ["MiniFieldStorage", "FieldStorage", "parse", "parse_multipart",
           "parse_header", "test", "print_exception", "print_environ",
           "print_form", "print_directory", "print_arguments",
           "print_environ_usage"]

warnings._deprecated(__name__, remove=(3, 13))

logfile = ""
logfp = None


def initlog(*allargs):
    """Log a message (fmt % args) to logfp, or to logfile opened for appending;
    without either, logging is turned off. Deprecated: use logging."""
    global log, logfp
    warnings.warn("cgi.log() is deprecated as of 3.10. Use logging instead",
                  DeprecationWarning, stacklevel=2)
    if logfile and not logfp:
        try:
            logfp = open(logfile, "a", encoding="locale")
        except OSError:
            pass
    log = dolog if logfp else nolog
    log(*allargs)


def dolog(fmt, *args):
    """Write one line to the log file."""
    logfp.write(fmt % args + "\n")


def nolog(*allargs):
    """The log function while logging is off."""


def closelog():
    """Close the log file; the next log() starts over."""
    global log, logfile, logfp
    logfile = ''
    if logfp:
        logfp.close()
        logfp = None
    log = initlog


log = initlog

maxlen = 0


def _too_long(length):
    if maxlen and length > maxlen:
        raise ValueError('Maximum content length exceeded')


def parse(fp=None, environ=os.environ, keep_blank_values=0, strict_parsing=0, separator='&'):
    """The request's form as parse_qs gives it: {name: [values]}.

    A POST's body (urlencoded or multipart) comes from fp (sys.stdin by
    default), with QUERY_STRING appended; otherwise QUERY_STRING, or the
    first command-line argument. QUERY_STRING is set in environ.
    """
    if fp is None:
        fp = sys.stdin
    encoding = getattr(fp, 'encoding', 'latin-1')
    if isinstance(fp, TextIOWrapper):
        fp = fp.buffer
    environ.setdefault('REQUEST_METHOD', 'GET')
    if environ['REQUEST_METHOD'] == 'POST':
        ctype, pdict = parse_header(environ['CONTENT_TYPE'])
        if ctype == 'multipart/form-data':
            return parse_multipart(fp, pdict, separator=separator)
        if ctype == 'application/x-www-form-urlencoded':
            length = int(environ['CONTENT_LENGTH'])
            _too_long(length)
            qs = fp.read(length).decode(encoding)
        else:
            qs = ''
        extra = environ.get('QUERY_STRING')
        if extra is None and sys.argv[1:]:
            extra = sys.argv[1]
        if extra is not None:
            qs = qs + '&' + extra if qs else extra
        environ['QUERY_STRING'] = qs
    elif 'QUERY_STRING' in environ:
        qs = environ['QUERY_STRING']
    else:
        qs = sys.argv[1] if sys.argv[1:] else ""
        environ['QUERY_STRING'] = qs
    return urllib.parse.parse_qs(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, separator=separator)


def parse_multipart(fp, pdict, encoding="utf-8", errors="replace", separator='&'):
    """A multipart/form-data body as {name: [values]}; pdict holds the
    Content-Type's parameters: 'boundary' (bytes) and optionally 'CONTENT-LENGTH'."""
    boundary = pdict['boundary'].decode('ascii')
    headers = Message()
    headers.set_type("multipart/form-data; boundary={}".format(boundary))
    if 'CONTENT-LENGTH' in pdict:
        headers['Content-Length'] = pdict['CONTENT-LENGTH']
    form = FieldStorage(fp, headers=headers, encoding=encoding, errors=errors,
                        environ={'REQUEST_METHOD': 'POST'}, separator=separator)
    return {name: form.getlist(name) for name in form}


def parse_header(line):
    """('main/value', {param: value}) of a Content-Type-like header line; the
    parameter names in lower case, quoted values unquoted."""
    parts = (part.strip() for part in _split_semicolons(line))
    key = next(parts)
    params = {}
    for part in parts:
        name, equals, value = part.partition('=')
        if not equals:
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        params[name.strip().lower()] = value
    return key, params


class MiniFieldStorage:
    """One name=value field of a urlencoded form."""

    filename = None
    list = None
    type = None
    file = None
    type_options = {}
    disposition = None
    disposition_options = {}
    headers = {}

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


class FieldStorage:
    """A form, or one part of a multipart form.

    At the top level it is read like a dict of field names (getvalue,
    getfirst, getlist, keys, in, len); an item is a FieldStorage, a
    MiniFieldStorage or a list of them when the name repeats. A part has name,
    filename, value (str, or bytes for a file upload), file, type and
    type_options, disposition and disposition_options, and headers.
    """

    FieldStorageClass = None
    bufsize = 8 * 1024

    def __init__(self, fp=None, headers=None, outerboundary=b'',
                 environ=os.environ, keep_blank_values=0, strict_parsing=0,
                 limit=None, encoding='utf-8', errors='replace',
                 max_num_fields=None, separator='&'):
        method = environ['REQUEST_METHOD'].upper() if 'REQUEST_METHOD' in environ else 'GET'
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.max_num_fields = max_num_fields
        self.separator = separator
        self.qs_on_post = None
        if method in ('GET', 'HEAD'):
            if 'QUERY_STRING' in environ:
                qs = environ['QUERY_STRING']
            else:
                qs = sys.argv[1] if sys.argv[1:] else ""
            fp = BytesIO(qs.encode(locale.getpreferredencoding(), 'surrogateescape'))
            if headers is None:
                headers = {'content-type': "application/x-www-form-urlencoded"}
        if headers is None:
            # a POST described by the CGI variables
            headers = {}
            if method == 'POST':
                headers['content-type'] = "application/x-www-form-urlencoded"
            if 'CONTENT_TYPE' in environ:
                headers['content-type'] = environ['CONTENT_TYPE']
            if 'QUERY_STRING' in environ:
                self.qs_on_post = environ['QUERY_STRING']
            if 'CONTENT_LENGTH' in environ:
                headers['content-length'] = environ['CONTENT_LENGTH']
        elif not isinstance(headers, (Mapping, Message)):
            raise TypeError("headers must be mapping or an instance of email.message.Message")
        self.headers = headers
        if fp is None:
            self.fp = sys.stdin.buffer
        elif isinstance(fp, TextIOWrapper):
            self.fp = fp.buffer
        else:
            if not (hasattr(fp, 'read') and hasattr(fp, 'readline')):
                raise TypeError("fp must be file pointer")
            self.fp = fp
        self.encoding = encoding
        self.errors = errors
        if not isinstance(outerboundary, bytes):
            raise TypeError('outerboundary must be bytes, not %s' % type(outerboundary).__name__)
        self.outerboundary = outerboundary
        self.bytes_read = 0
        self.limit = limit

        disposition, params = "", {}
        if 'content-disposition' in self.headers:
            disposition, params = parse_header(self.headers['content-disposition'])
        self.disposition = disposition
        self.disposition_options = params
        self.name = params.get('name')
        self.filename = params.get('filename')
        self._binary_file = self.filename is not None

        # A part without a Content-Type is text; so is a GET's query. A POST
        # without one is taken for a urlencoded form.
        if 'content-type' in self.headers:
            ctype, params = parse_header(self.headers['content-type'])
        elif self.outerboundary or method != 'POST':
            ctype, params = "text/plain", {}
        else:
            ctype, params = 'application/x-www-form-urlencoded', {}
        self.type = ctype
        self.type_options = params
        self.innerboundary = (params['boundary'].encode(self.encoding, self.errors)
                              if 'boundary' in params else b"")

        length = -1
        if 'content-length' in self.headers:
            try:
                length = int(self.headers['content-length'])
            except ValueError:
                pass
            _too_long(length)
        self.length = length
        if self.limit is None and length >= 0:
            self.limit = length

        self.list = self.file = None
        self.done = 0
        if ctype == 'application/x-www-form-urlencoded':
            self.read_urlencoded()
        elif ctype[:10] == 'multipart/':
            self.read_multi(environ, keep_blank_values, strict_parsing)
        else:
            self.read_single()

    def __del__(self):
        try:
            self.file.close()
        except AttributeError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.file.close()

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name):
        # value is worked out on each read: the file's content, the list of parts, or None
        if name != 'value':
            raise AttributeError(name)
        if self.file:
            self.file.seek(0)
            value = self.file.read()
            self.file.seek(0)
            return value
        return self.list

    def _indexable(self):
        if self.list is None:
            raise TypeError("not indexable")

    def __getitem__(self, key):
        self._indexable()
        found = [item for item in self.list if item.name == key]
        if not found:
            raise KeyError(key)
        return found[0] if len(found) == 1 else found

    def getvalue(self, key, default=None):
        """The field's value, a list of values when the name repeats, or default."""
        if key not in self:
            return default
        item = self[key]
        return [x.value for x in item] if isinstance(item, list) else item.value

    def getfirst(self, key, default=None):
        """The field's first value, or default."""
        if key not in self:
            return default
        item = self[key]
        return item[0].value if isinstance(item, list) else item.value

    def getlist(self, key):
        """The field's values as a list (empty when absent)."""
        if key not in self:
            return []
        item = self[key]
        return [x.value for x in item] if isinstance(item, list) else [item.value]

    def keys(self):
        self._indexable()
        return list(set(item.name for item in self.list))

    def __contains__(self, key):
        self._indexable()
        return any(item.name == key for item in self.list)

    def __len__(self):
        return len(self.keys())

    def __bool__(self):
        if self.list is None:
            raise TypeError("Cannot be converted to bool.")
        return bool(self.list)

    def _parse_query(self, qs):
        return urllib.parse.parse_qsl(
            qs, self.keep_blank_values, self.strict_parsing, encoding=self.encoding,
            errors=self.errors, max_num_fields=self.max_num_fields, separator=self.separator)

    def _expect_bytes(self, data):
        if not isinstance(data, bytes):
            raise ValueError("%s should return bytes, got %s" % (self.fp, type(data).__name__))

    def read_urlencoded(self):
        """Read the form as a query string (the body, then any QUERY_STRING of a POST)."""
        qs = self.fp.read(self.length)
        self._expect_bytes(qs)
        qs = qs.decode(self.encoding, self.errors)
        if self.qs_on_post:
            qs += '&' + self.qs_on_post
        self.list = [MiniFieldStorage(key, value) for key, value in self._parse_query(qs)]
        self.skip_lines()

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        """Read the parts of a multipart body, each as a FieldStorage."""
        boundary = self.innerboundary
        if not valid_boundary(boundary):
            raise ValueError('Invalid boundary in multipart form: %r' % (boundary,))
        self.list = []
        if self.qs_on_post:
            self.list.extend(MiniFieldStorage(key, value)
                             for key, value in self._parse_query(self.qs_on_post))
        part_class = self.FieldStorageClass or self.__class__
        # skip the preamble up to the first boundary
        line = self.fp.readline()
        self._expect_bytes(line)
        self.bytes_read += len(line)
        while line and line.strip() != b"--" + boundary:
            line = self.fp.readline()
            self.bytes_read += len(line)
        fields_left = self.max_num_fields
        if fields_left is not None:
            fields_left -= len(self.list)
        while True:
            header_text = b""
            while True:
                line = self.fp.readline()
                header_text += line
                if not line.strip():
                    break
            if not header_text:
                break
            self.bytes_read += len(header_text)
            parser = FeedParser()
            parser.feed(header_text.decode(self.encoding, self.errors))
            headers = parser.close()
            # a part's own Content-Length is not trusted: its boundary ends it
            if 'content-length' in headers:
                del headers['content-length']
            limit = None if self.limit is None else self.limit - self.bytes_read
            part = part_class(self.fp, headers, boundary, environ, keep_blank_values,
                              strict_parsing, limit, self.encoding, self.errors,
                              fields_left, self.separator)
            if fields_left is not None:
                fields_left -= 1 + (len(part.list) if part.list else 0)
                if fields_left < 0:
                    raise ValueError('Max number of fields exceeded')
            self.bytes_read += part.bytes_read
            self.list.append(part)
            if part.done or self.bytes_read >= self.length > 0:
                break
        self.skip_lines()

    def read_single(self):
        """Read one part's data: length bytes when known, else lines up to the boundary."""
        if self.length >= 0:
            self.read_binary()
            self.skip_lines()
        else:
            self.read_lines()
        self.file.seek(0)

    def read_binary(self):
        """Read exactly length bytes into a new file."""
        self.file = self.make_file()
        todo = self.length
        while todo > 0:
            data = self.fp.read(min(todo, self.bufsize))
            self._expect_bytes(data)
            self.bytes_read += len(data)
            if not data:
                self.done = -1
                break
            self.file.write(data)
            todo -= len(data)

    def read_lines(self):
        """Read lines up to the outer boundary (or the end), in memory first."""
        # bytes for a file upload, str for a field
        self.file = self._memory = BytesIO() if self._binary_file else StringIO()
        if self.outerboundary:
            self.read_lines_to_outerboundary()
        else:
            self.read_lines_to_eof()

    def _write(self, line):
        # past 1000 bytes the data moves from memory to a temporary file
        if self._memory is not None and self._memory.tell() + len(line) > 1000:
            self.file = self.make_file()
            self.file.write(self._memory.getvalue())
            self._memory = None
        self.file.write(line if self._binary_file else line.decode(self.encoding, self.errors))

    def read_lines_to_eof(self):
        while line := self.fp.readline(1 << 16):
            self.bytes_read += len(line)
            self._write(line)
        self.done = -1

    def read_lines_to_outerboundary(self):
        """Copy lines to the file until a boundary line. The line end before a
        boundary belongs to the boundary, so each line's end is written only
        once the next line shows it is data."""
        pending_end = b""
        after_newline = True
        consumed = 0
        while True:
            if self.limit is not None and 0 <= self.limit <= consumed:
                break
            line = self.fp.readline(1 << 16)
            self.bytes_read += len(line)
            consumed += len(line)
            if not line:
                self.done = -1
                break
            if pending_end == b"\r":
                # a CR at the end of a read may be the first half of CRLF
                line = pending_end + line
                pending_end = b""
            if line.startswith(b"--") and after_newline and self._ends_part(line.rstrip()):
                break
            previous_end = pending_end
            for ending in (b"\r\n", b"\n", b"\r", b""):
                if line.endswith(ending):
                    break
            pending_end = ending
            if ending:
                line = line[:-len(ending)]
            after_newline = ending in (b"\r\n", b"\n")
            self._write(previous_end + line)

    def _ends_part(self, stripped):
        """Whether a line (stripped) is a boundary of the enclosing form: the next
        part's, or the closing one (then the form is done)."""
        boundary = b"--" + self.outerboundary
        if stripped == boundary + b"--":
            self.done = 1
            return True
        return stripped == boundary

    def skip_lines(self):
        """Skip to the line after the next boundary (nothing without an outer boundary)."""
        if not self.outerboundary or self.done:
            return
        after_newline = True
        while True:
            line = self.fp.readline(1 << 16)
            self.bytes_read += len(line)
            if not line:
                self.done = -1
                break
            if line.endswith(b"--") and after_newline and self._ends_part(line.strip()):
                break
            after_newline = line.endswith(b'\n')

    def make_file(self):
        """A new anonymous temporary file for the data: binary for a file
        upload, text (the form's encoding, '\\n' lines) for a field.
        Override to keep the data elsewhere."""
        if self._binary_file:
            return tempfile.TemporaryFile("wb+")
        return tempfile.TemporaryFile("w+", encoding=self.encoding, newline='\n')


def test(environ=os.environ):
    """A CGI script reporting its form, directory, arguments and environment in HTML."""
    print("Content-type: text/html")
    print()
    sys.stderr = sys.stdout

    def report():
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)

    try:
        report()
        print_environ_usage()

        def f():
            exec("testing print_exception() -- <I>italics?</I>")

        def g(f=f):
            f()
        print("<H3>What follows is a test, not an actual exception:</H3>")
        g()
    except:
        print_exception()
    print("<H1>Second try with a small maxlen...</H1>")
    global maxlen
    maxlen = 50
    try:
        report()
    except:
        print_exception()


def print_exception(type=None, value=None, tb=None, limit=None):
    """The exception being handled (or the one given) as an HTML traceback."""
    import traceback
    if type is None:
        type, value, tb = sys.exc_info()
    print()
    print("<H3>Traceback (most recent call last):</H3>")
    lines = traceback.format_tb(tb, limit) + traceback.format_exception_only(type, value)
    print("<PRE>%s<B>%s</B></PRE>" % (html.escape("".join(lines[:-1])), html.escape(lines[-1])))


def print_environ(environ=os.environ):
    """The environment as an HTML definition list."""
    print()
    print("<H3>Shell Environment:</H3>")
    print("<DL>")
    for key in sorted(environ.keys()):
        print("<DT>", html.escape(key), "<DD>", html.escape(environ[key]))
    print("</DL>")
    print()


def print_form(form):
    """A form's fields as an HTML definition list."""
    keys = sorted(form.keys())
    print()
    print("<H3>Form Contents:</H3>")
    if not keys:
        print("<P>No form fields.")
    print("<DL>")
    for key in keys:
        print("<DT>" + html.escape(key) + ":", end=' ')
        value = form[key]
        print("<i>" + html.escape(repr(type(value))) + "</i>")
        print("<DD>" + html.escape(repr(value)))
    print("</DL>")
    print()


def print_directory():
    """The current directory in HTML."""
    print()
    print("<H3>Current Working Directory:</H3>")
    try:
        pwd = os.getcwd()
    except OSError as msg:
        print("OSError:", html.escape(str(msg)))
    else:
        print(html.escape(pwd))
    print()


def print_arguments():
    print()
    print("<H3>Command Line Arguments:</H3>")
    print()
    print(sys.argv)
    print()


_CGI_VARIABLES = ['AUTH_TYPE', 'CONTENT_LENGTH', 'CONTENT_TYPE', 'DATE_GMT', 'DATE_LOCAL',
                  'DOCUMENT_NAME', 'DOCUMENT_ROOT', 'DOCUMENT_URI', 'GATEWAY_INTERFACE',
                  'LAST_MODIFIED', 'PATH', 'PATH_INFO', 'PATH_TRANSLATED', 'QUERY_STRING',
                  'REMOTE_ADDR', 'REMOTE_HOST', 'REMOTE_IDENT', 'REMOTE_USER', 'REQUEST_METHOD',
                  'SCRIPT_NAME', 'SERVER_NAME', 'SERVER_PORT', 'SERVER_PROTOCOL', 'SERVER_ROOT',
                  'SERVER_SOFTWARE']
_HTTP_VARIABLES = ['HTTP_ACCEPT', 'HTTP_CONNECTION', 'HTTP_HOST', 'HTTP_PRAGMA', 'HTTP_REFERER',
                   'HTTP_USER_AGENT']


def print_environ_usage():
    """The CGI variables a script may be given, in HTML."""
    print("\n<H3>These environment variables could have been set:</H3>\n<UL>\n"
          + "".join("<LI>%s\n" % name for name in _CGI_VARIABLES)
          + "</UL>\nIn addition, HTTP headers sent by the server may be passed in the\n"
          "environment as well.  Here are some common variable names:\n<UL>\n"
          + "".join("<LI>%s\n" % name for name in _HTTP_VARIABLES)
          + "</UL>\n")


def valid_boundary(s):
    """Whether s (str or bytes) is a usable multipart boundary: 1 to 201
    printable ASCII characters, the last not a space."""
    import re
    pattern = b"^[ -~]{0,200}[!-~]$" if isinstance(s, bytes) else "^[ -~]{0,200}[!-~]$"
    return re.match(pattern, s)


if __name__ == '__main__':
    test()
