"""The server side of XML-RPC: SimpleXMLRPCDispatcher turns a request's text into a call of a
registered function (or of a registered instance's method) and the result, or the error, into a
response's text; SimpleXMLRPCServer is a TCP server whose handler POSTs each request's body to
it (MultiPathXMLRPCServer: one dispatcher per path); CGIXMLRPCRequestHandler answers one request
on stdin and stdout. DocXMLRPCServer also answers GET with an HTML page documenting the methods
(ServerHTMLDoc writes pydoc's page layout itself: this library's pydoc has no HTMLDoc)."""

import html
import os
import re
import socketserver
import sys
import traceback
from functools import partial
from inspect import signature
from http.server import (BaseHTTPRequestHandler, DEFAULT_ERROR_MESSAGE,
                         DEFAULT_ERROR_CONTENT_TYPE)
from xmlrpc.client import Fault, dumps, loads, gzip_encode, gzip_decode


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    """obj.a.b.c for 'a.b.c' (only the whole name without allow_dotted_names); a part that
    starts with '_' is refused."""
    for part in attr.split('.') if allow_dotted_names else [attr]:
        if part.startswith('_'):
            raise AttributeError('attempt to access private attribute "%s"' % part)
        obj = getattr(obj, part)
    return obj


def list_public_methods(obj):
    """The names of obj's callable attributes that do not start with '_'."""
    return [name for name in dir(obj) if not name.startswith('_') and callable(getattr(obj, name))]


def _fault_text(exc):
    return "%s:%s" % (type(exc), exc)


class SimpleXMLRPCDispatcher:
    """Calls registered functions, or a registered instance's methods, for XML-RPC requests."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        self.funcs = {}
        self.instance = None
        self.allow_none = allow_none
        self.encoding = encoding or 'utf-8'
        self.use_builtin_types = use_builtin_types

    def register_instance(self, instance, allow_dotted_names=False):
        """Methods not registered as functions are looked up on `instance` (or its own
        _dispatch(method, params) answers)."""
        self.instance = instance
        self.allow_dotted_names = allow_dotted_names

    def register_function(self, function=None, name=None):
        """Register a function under `name` (its __name__ by default); usable as a decorator."""
        if function is None:
            return partial(self.register_function, name=name)
        self.funcs[function.__name__ if name is None else name] = function
        return function

    def register_introspection_functions(self):
        self.funcs.update({'system.listMethods': self.system_listMethods,
                           'system.methodSignature': self.system_methodSignature,
                           'system.methodHelp': self.system_methodHelp})

    def register_multicall_functions(self):
        self.funcs.update({'system.multicall': self.system_multicall})

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        """The response's bytes for a request's text: the result, or a Fault (code 1 and
        'type:message' for any other exception)."""
        try:
            params, method = loads(data, use_builtin_types=self.use_builtin_types)
            if dispatch_method is not None:
                result = dispatch_method(method, params)
            else:
                result = self._dispatch(method, params)
            response = dumps((result,), methodresponse=1, allow_none=self.allow_none,
                             encoding=self.encoding)
        except Fault as fault:
            response = dumps(fault, allow_none=self.allow_none, encoding=self.encoding)
        except BaseException as exc:
            response = dumps(Fault(1, _fault_text(exc)), encoding=self.encoding,
                             allow_none=self.allow_none)
        return response.encode(self.encoding, 'xmlcharrefreplace')

    def system_listMethods(self):
        """system.listMethods() => ['add', 'subtract', 'multiple']

        Returns a list of the methods supported by the server."""
        methods = set(self.funcs)
        if self.instance is not None:
            if hasattr(self.instance, '_listMethods'):
                methods |= set(self.instance._listMethods())
            elif not hasattr(self.instance, '_dispatch'):
                methods |= set(list_public_methods(self.instance))
        return sorted(methods)

    def system_methodSignature(self, method_name):
        """system.methodSignature('add') => [double, int, int]

        Returns a list describing the signature of the method. In the
        above example, the add method takes two integers as arguments
        and returns a double result.

        This server does NOT support system.methodSignature."""
        return 'signatures not supported'

    def system_methodHelp(self, method_name):
        """system.methodHelp('add') => "Adds two integers together"

        Returns a string containing documentation for the specified method."""
        method = self.funcs.get(method_name)
        if method is None and self.instance is not None:
            if hasattr(self.instance, '_methodHelp'):
                return self.instance._methodHelp(method_name)
            if not hasattr(self.instance, '_dispatch'):
                try:
                    method = resolve_dotted_attribute(self.instance, method_name,
                                                      self.allow_dotted_names)
                except AttributeError:
                    pass
        if method is None:
            return ""
        import pydoc
        return pydoc.getdoc(method)

    def system_multicall(self, call_list):
        """system.multicall([{'methodName': 'add', 'params': [2, 2]}, ...]) => [[4], ...]

        Allows the caller to package multiple XML-RPC calls into a single
        request.

        See http://www.xmlrpc.com/discuss/msgReader$1208
        """
        results = []
        for call in call_list:
            try:
                results.append([self._dispatch(call['methodName'], call['params'])])
            except Fault as fault:
                results.append({'faultCode': fault.faultCode, 'faultString': fault.faultString})
            except BaseException as exc:
                results.append({'faultCode': 1, 'faultString': _fault_text(exc)})
        return results

    def _dispatch(self, method, params):
        if method in self.funcs:
            func = self.funcs[method]
            if func is not None:
                return func(*params)
        elif self.instance is not None:
            if hasattr(self.instance, '_dispatch'):
                return self.instance._dispatch(method, params)
            try:
                func = resolve_dotted_attribute(self.instance, method, self.allow_dotted_names)
            except AttributeError:
                pass
            else:
                if func is not None:
                    return func(*params)
        raise Exception('method "%s" is not supported' % method)


class SimpleXMLRPCRequestHandler(BaseHTTPRequestHandler):
    """POSTs to one of rpc_paths go to the server's _marshaled_dispatch; a response longer than
    encode_threshold is gzipped when the client accepts it."""

    rpc_paths = ('/', '/RPC2', '/pydoc.css')
    encode_threshold = 1400
    wbufsize = -1
    disable_nagle_algorithm = True
    aepattern = re.compile(r"\s*([^\s;]+)\s*(;\s*q\s*=\s*([0-9\.]+))?")

    def accept_encodings(self):
        """{coding: q} from the request's Accept-Encoding."""
        codings = {}
        for item in self.headers.get("Accept-Encoding", "").split(","):
            match = self.aepattern.match(item)
            if match:
                q = match.group(3)
                codings[match.group(1)] = float(q) if q else 1.0
        return codings

    def is_rpc_path_valid(self):
        return self.path in self.rpc_paths if self.rpc_paths else True

    def do_POST(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        try:
            max_chunk_size = 10 * 1024 * 1024
            remaining = int(self.headers["content-length"])
            chunks = []
            while remaining:
                chunk = self.rfile.read(min(remaining, max_chunk_size))
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
            data = self.decode_request_content(b''.join(chunks))
            if data is None:
                return
            response = self.server._marshaled_dispatch(data, getattr(self, '_dispatch', None),
                                                       self.path)
        except Exception as e:
            self.send_response(500)
            if getattr(self.server, '_send_traceback_header', False):
                self.send_header("X-exception", str(e))
                trace = traceback.format_exc().encode('ASCII', 'backslashreplace')
                self.send_header("X-traceback", str(trace, 'ASCII'))
            self.send_header("Content-length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-type", "text/xml")
        if self.encode_threshold is not None and len(response) > self.encode_threshold:
            if self.accept_encodings().get("gzip", 0):
                try:
                    response = gzip_encode(response)
                    self.send_header("Content-Encoding", "gzip")
                except NotImplementedError:
                    pass
        self.send_header("Content-length", str(len(response)))
        self.end_headers()
        self.wfile.write(response)

    def decode_request_content(self, data):
        """The body without its Content-Encoding; None once an error response was sent."""
        encoding = self.headers.get("content-encoding", "identity").lower()
        if encoding == "identity":
            return data
        if encoding == "gzip":
            try:
                return gzip_decode(data)
            except NotImplementedError:
                self.send_response(501, "encoding %r not supported" % encoding)
            except ValueError:
                self.send_response(400, "error decoding gzip content")
        else:
            self.send_response(501, "encoding %r not supported" % encoding)
        self.send_header("Content-length", "0")
        self.end_headers()

    def report_404(self):
        self.send_response(404)
        response = b'No such page'
        self.send_header("Content-type", "text/plain")
        self.send_header("Content-length", str(len(response)))
        self.end_headers()
        self.wfile.write(response)

    def log_request(self, code='-', size='-'):
        if self.server.logRequests:
            BaseHTTPRequestHandler.log_request(self, code, size)


class SimpleXMLRPCServer(socketserver.TCPServer, SimpleXMLRPCDispatcher):
    """A TCP server answering XML-RPC requests with its registered functions."""

    allow_reuse_address = True
    _send_traceback_header = False

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True,
                 use_builtin_types=False):
        self.logRequests = logRequests
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)
        socketserver.TCPServer.__init__(self, addr, requestHandler, bind_and_activate)


class MultiPathXMLRPCServer(SimpleXMLRPCServer):
    """Requests go to the dispatcher added for their path; an unknown path is a Fault."""

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True,
                 use_builtin_types=False):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests, allow_none,
                                    encoding, bind_and_activate, use_builtin_types)
        self.dispatchers = {}
        self.allow_none = allow_none
        self.encoding = encoding or 'utf-8'

    def add_dispatcher(self, path, dispatcher):
        self.dispatchers[path] = dispatcher
        return dispatcher

    def get_dispatcher(self, path):
        return self.dispatchers[path]

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        try:
            return self.dispatchers[path]._marshaled_dispatch(data, dispatch_method, path)
        except BaseException as exc:
            response = dumps(Fault(1, _fault_text(exc)), encoding=self.encoding,
                             allow_none=self.allow_none)
            return response.encode(self.encoding, 'xmlcharrefreplace')


class CGIXMLRPCRequestHandler(SimpleXMLRPCDispatcher):
    """One request in a CGI script: the body from stdin, the answer on stdout."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)

    def handle_xmlrpc(self, request_text):
        response = self._marshaled_dispatch(request_text)
        print('Content-Type: text/xml')
        print('Content-Length: %d' % len(response))
        print()
        sys.stdout.flush()
        sys.stdout.buffer.write(response)
        sys.stdout.buffer.flush()

    def handle_get(self):
        """A GET is answered 400: XML-RPC takes POSTs only."""
        code = 400
        message, explain = BaseHTTPRequestHandler.responses[code]
        response = (DEFAULT_ERROR_MESSAGE % {'code': code, 'message': message,
                                             'explain': explain}).encode('utf-8')
        print('Status: %d %s' % (code, message))
        print('Content-Type: %s' % DEFAULT_ERROR_CONTENT_TYPE)
        print('Content-Length: %d' % len(response))
        print()
        sys.stdout.flush()
        sys.stdout.buffer.write(response)
        sys.stdout.buffer.flush()

    def handle_request(self, request_text=None):
        if request_text is None and os.environ.get('REQUEST_METHOD', None) == 'GET':
            self.handle_get()
            return
        if request_text is None:
            try:
                length = int(os.environ.get('CONTENT_LENGTH', None))
            except (ValueError, TypeError):
                length = -1
            request_text = sys.stdin.read(length)
        self.handle_xmlrpc(request_text)


class ServerHTMLDoc:
    """The HTML documentation of an XML-RPC server: pydoc's page layout, the methods' names
    and the URLs, RFC and PEP numbers in docstrings made links."""

    def escape(self, text):
        return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

    def grey(self, text):
        return '<span class="grey">%s</span>' % text

    def namelink(self, name, *dicts):
        for names in dicts:
            if name in names:
                return '<a href="%s">%s</a>' % (names[name], name)
        return name

    def preformat(self, text):
        text = self.escape(text.expandtabs())
        # Twice, as a blank line next to another keeps a space only on every second pass.
        for _ in range(2):
            text = text.replace('\n\n', '\n \n')
        return text.replace(' ', '&nbsp;').replace('\n', '<br>\n')

    def heading(self, title, extras=''):
        return ('\n<table class="heading">\n<tr class="heading-text decor">\n'
                '<td class="title">&nbsp;<br>%s</td>\n<td class="extra">%s</td></tr></table>\n    '
                % (title, extras or '&nbsp;'))

    def section(self, title, cls, contents, width=6, prelude='', marginalia=None, gap='&nbsp;'):
        if marginalia is None:
            marginalia = '<span class="code">' + '&nbsp;' * width + '</span>'
        result = ('<p>\n<table class="section">\n<tr class="decor %s-decor heading-text">\n'
                  '<td class="section-title" colspan=3>&nbsp;<br>%s</td></tr>\n    '
                  % (cls, title))
        if prelude:
            result += ('\n<tr><td class="decor %s-decor" rowspan=2>%s</td>\n'
                       '<td class="decor %s-decor" colspan=2>%s</td></tr>\n<tr><td>%s</td>'
                       % (cls, marginalia, cls, prelude, gap))
        else:
            result += '\n<tr><td class="decor %s-decor">%s</td><td>%s</td>' % (cls, marginalia, gap)
        return result + '\n<td class="singlecolumn">%s</td></tr></table>' % contents

    def bigsection(self, title, *args):
        return self.section('<strong class="bigsection">%s</strong>' % title, *args)

    _MARKUP = re.compile(r'\b((http|https|ftp)://\S+[\w/]|RFC[- ]?(\d+)|PEP[- ]?(\d+)|'
                         r'(self\.)?((?:\w|\.)+))\b')

    def markup(self, text, escape=None, funcs={}, classes={}, methods={}):
        """text escaped, with links: URLs, RFCs, PEPs, and the names of funcs (those followed
        by '('), classes and methods."""
        escape = escape or self.escape
        results = []
        here = 0
        while match := self._MARKUP.search(text, here):
            start, end = match.span()
            results.append(escape(text[here:start]))
            whole, scheme, rfc, pep, selfdot, name = match.groups()
            if scheme:
                url = escape(whole).replace('"', '&quot;')
                results.append('<a href="%s">%s</a>' % (url, url))
            elif rfc:
                url = 'https://www.rfc-editor.org/rfc/rfc%d.txt' % int(rfc)
                results.append('<a href="%s">%s</a>' % (url, escape(whole)))
            elif pep:
                url = 'https://peps.python.org/pep-%04d/' % int(pep)
                results.append('<a href="%s">%s</a>' % (url, escape(whole)))
            elif text[end:end + 1] == '(':
                results.append(self.namelink(name, methods, funcs, classes))
            elif selfdot:
                results.append('self.<strong>%s</strong>' % name)
            else:
                results.append(self.namelink(name, classes))
            here = end
        results.append(escape(text[here:]))
        return ''.join(results)

    def docroutine(self, object, name, mod=None, funcs={}, classes={}, methods={}, cl=None):
        """One method: its name, signature and docstring (object may be an
        (argument string, docstring) pair)."""
        anchor = (cl and cl.__name__ or '') + '-' + name
        title = '<a name="%s"><strong>%s</strong></a>' % (self.escape(anchor), self.escape(name))
        argspec = str(signature(object)) if callable(object) else '(...)'
        if isinstance(object, tuple):
            argspec = object[0] or argspec
            docstring = object[1] or ""
        else:
            import pydoc
            docstring = pydoc.getdoc(object)
        doc = self.markup(docstring, self.preformat, funcs, classes, methods)
        doc = doc and '<dd><tt>%s</tt></dd>' % doc
        return '<dl><dt>%s</dt>%s</dl>\n' % (title + argspec, doc)

    def docserver(self, server_name, package_documentation, methods):
        fdict = {}
        for key, value in methods.items():
            fdict[key] = '#-' + key
            fdict[value] = fdict[key]
        head = '<big><big><strong>%s</strong></big></big>' % self.escape(server_name)
        result = self.heading(head)
        doc = self.markup(package_documentation, self.preformat, fdict)
        doc = doc and '<tt>%s</tt>' % doc
        result = result + '<p>%s</p>\n' % doc
        contents = [self.docroutine(value, key, funcs=fdict) for key, value in sorted(methods.items())]
        return result + self.bigsection('Methods', 'functions', ''.join(contents))

    def page(self, title, contents):
        css_link = '<link rel="stylesheet" type="text/css" href="%s">' % "/pydoc.css"
        return ('<!DOCTYPE>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                '<title>Python: %s</title>\n%s</head><body>%s</body></html>'
                % (title, css_link, contents))


class XMLRPCDocGenerator:
    """A mix-in giving a dispatcher generate_html_documentation()."""

    def __init__(self):
        self.server_name = 'XML-RPC Server Documentation'
        self.server_documentation = ("This server exports the following methods through the "
                                     "XML-RPC protocol.")
        self.server_title = 'XML-RPC Server Documentation'

    def set_server_title(self, server_title):
        self.server_title = server_title

    def set_server_name(self, server_name):
        self.server_name = server_name

    def set_server_documentation(self, server_documentation):
        self.server_documentation = server_documentation

    def generate_html_documentation(self):
        """The page: each registered function, or the instance's methods (or what its
        _get_method_argstring and _methodHelp say of them)."""
        methods = {}
        for method_name in self.system_listMethods():
            if method_name in self.funcs:
                method = self.funcs[method_name]
            elif self.instance is not None:
                info = (getattr(self.instance, '_get_method_argstring', lambda name: None)(method_name),
                        getattr(self.instance, '_methodHelp', lambda name: None)(method_name))
                method = info
                if info == (None, None) and not hasattr(self.instance, '_dispatch'):
                    try:
                        method = resolve_dotted_attribute(self.instance, method_name)
                    except AttributeError:
                        pass
            else:
                assert 0, "Could not find method in self.functions and no instance installed"
            methods[method_name] = method
        documenter = ServerHTMLDoc()
        documentation = documenter.docserver(self.server_name, self.server_documentation,
                                             methods)
        return documenter.page(html.escape(self.server_title), documentation)


class DocXMLRPCRequestHandler(SimpleXMLRPCRequestHandler):
    """POSTs are XML-RPC requests; a GET gets the documentation page (or pydoc's style sheet,
    which this library does not ship: a 404)."""

    def do_GET(self):
        if not self.is_rpc_path_valid() or self.path.endswith('.css'):
            self.report_404()
            return
        response = self.server.generate_html_documentation().encode('utf-8')
        self.send_response(200)
        self.send_header('Content-Type', 'text/html; charset=UTF-8')
        self.send_header("Content-length", str(len(response)))
        self.end_headers()
        self.wfile.write(response)


class DocXMLRPCServer(SimpleXMLRPCServer, XMLRPCDocGenerator):
    """A SimpleXMLRPCServer that also serves its documentation."""

    def __init__(self, addr, requestHandler=DocXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True,
                 use_builtin_types=False):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests, allow_none,
                                    encoding, bind_and_activate, use_builtin_types)
        XMLRPCDocGenerator.__init__(self)


class DocCGIXMLRPCRequestHandler(CGIXMLRPCRequestHandler, XMLRPCDocGenerator):
    """A CGI handler whose GET answer is the documentation page."""

    def handle_get(self):
        response = self.generate_html_documentation().encode('utf-8')
        print('Content-Type: text/html')
        print('Content-Length: %d' % len(response))
        print()
        sys.stdout.flush()
        sys.stdout.buffer.write(response)
        sys.stdout.buffer.flush()

    def __init__(self):
        CGIXMLRPCRequestHandler.__init__(self)
        XMLRPCDocGenerator.__init__(self)
