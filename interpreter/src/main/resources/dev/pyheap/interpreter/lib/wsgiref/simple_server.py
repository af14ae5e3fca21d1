"""A WSGI server on http.server: WSGIServer (an HTTPServer with an application
and the environ every request starts from), WSGIRequestHandler (one request per
connection, its environ built from the request line and headers, run by a
ServerHandler that logs the request when done), make_server and demo_app.

Meant for trying applications out on a local machine, not for production.
"""

import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from platform import python_implementation

from wsgiref.handlers import SimpleHandler

__version__ = "0.2"
__all__ = ['WSGIServer', 'WSGIRequestHandler', 'demo_app', 'make_server']

server_version = "WSGIServer/" + __version__
sys_version = python_implementation() + "/" + sys.version.split()[0]
software_version = server_version + ' ' + sys_version


class ServerHandler(SimpleHandler):
    """Runs the application for a WSGIRequestHandler and logs the request once the response is out."""

    server_software = software_version

    def close(self):
        try:
            self.request_handler.log_request(self.status.split(' ', 1)[0], self.bytes_sent)
        finally:
            SimpleHandler.close(self)


class WSGIServer(HTTPServer):
    """An HTTPServer that runs one WSGI application (set_app) for every request."""

    application = None

    def server_bind(self):
        HTTPServer.server_bind(self)
        self.setup_environ()

    def setup_environ(self):
        """base_environ: the CGI variables the server itself decides."""
        self.base_environ = {
            'SERVER_NAME': self.server_name,
            'GATEWAY_INTERFACE': 'CGI/1.1',
            'SERVER_PORT': str(self.server_port),
            'REMOTE_HOST': '',
            'CONTENT_LENGTH': '',
            'SCRIPT_NAME': '',
        }

    def get_app(self):
        return self.application

    def set_app(self, application):
        self.application = application


class WSGIRequestHandler(BaseHTTPRequestHandler):
    """Reads one request and runs the server's application on it."""

    server_version = "WSGIServer/" + __version__

    def get_environ(self):
        """The request's CGI variables: the server's, the request line's, and an HTTP_* per header."""
        env = self.server.base_environ.copy()
        env['SERVER_PROTOCOL'] = self.request_version
        env['SERVER_SOFTWARE'] = self.server_version
        env['REQUEST_METHOD'] = self.command
        path, _, query = self.path.partition('?')
        env['PATH_INFO'] = urllib.parse.unquote(path, 'iso-8859-1')
        env['QUERY_STRING'] = query
        host = self.address_string()
        if host != self.client_address[0]:
            env['REMOTE_HOST'] = host
        env['REMOTE_ADDR'] = self.client_address[0]
        content_type = self.headers.get('content-type')
        env['CONTENT_TYPE'] = self.headers.get_content_type() if content_type is None else content_type
        length = self.headers.get('content-length')
        if length:
            env['CONTENT_LENGTH'] = length
        for name, value in self.headers.items():
            name = name.replace('-', '_').upper()
            value = value.strip()
            if name in env:
                # CONTENT_TYPE and CONTENT_LENGTH are set already
                continue
            key = 'HTTP_' + name
            # a header given more than once: its values joined by commas
            env[key] = env[key] + ',' + value if key in env else value
        return env

    def get_stderr(self):
        return sys.stderr

    def handle(self):
        """Answer a single request."""
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = ''
            self.request_version = ''
            self.command = ''
            self.send_error(414)
            return
        if not self.parse_request():
            return
        handler = ServerHandler(self.rfile, self.wfile, self.get_stderr(), self.get_environ(),
                                multithread=False)
        handler.request_handler = self
        handler.run(self.server.get_app())


def demo_app(environ, start_response):
    """A WSGI application answering "Hello world!" and the sorted environ, one 'key = repr' a line."""
    lines = ["Hello world!", ""]
    lines += ['%s = %r' % item for item in sorted(environ.items())]
    start_response("200 OK", [('Content-Type', 'text/plain; charset=utf-8')])
    return [('\n'.join(lines) + '\n').encode("utf-8")]


def make_server(host, port, app, server_class=WSGIServer, handler_class=WSGIRequestHandler):
    """A server_class listening on (host, port) that runs app."""
    server = server_class((host, port), handler_class)
    server.set_app(app)
    return server


if __name__ == '__main__':
    with make_server('', 8000, demo_app) as httpd:
        address = httpd.socket.getsockname()
        print("Serving HTTP on", address[0], "port", address[1], "...")
        httpd.handle_request()
