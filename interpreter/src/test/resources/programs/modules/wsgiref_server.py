# wsgiref.simple_server: make_server on 127.0.0.1 port 0 with a WSGI application, served on a thread
# and asked with http.client: the environ the application sees (request line, query, headers as
# HTTP_*, repeated headers joined, CONTENT_TYPE/CONTENT_LENGTH, wsgi.* keys, SERVER_SOFTWARE), the
# request body read from wsgi.input, the status line and headers sent (Date left out, Server, a
# Content-Length worked out for a one-block body), a body given through write(), a generator result
# closed, an application that raises (500, "A server error occurred", the traceback on stderr), one
# behind validator(); and the request log on stderr (log_date_time_string overridden: no clock).
import http.client
import threading
from wsgiref.simple_server import make_server, WSGIRequestHandler, WSGIServer, demo_app
import wsgiref.simple_server
from wsgiref.validate import validator

closed = []


def app(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/boom':
        raise ValueError('the application failed')
    if path == '/write':
        write = start_response('201 Created', [('Content-Type', 'text/plain'), ('X-Way', 'write')])
        write(b'written ')
        write(b'directly')
        return []
    if path == '/gen':
        start_response('200 OK', [('Content-Type', 'text/plain')])

        def blocks():
            try:
                yield b'one '
                yield b'two'
            finally:
                closed.append('generator closed')
        return blocks()
    if path == '/empty':
        start_response('204 No Content', [])
        return []
    body = environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0))
    keys = sorted(k for k in environ if k.startswith(('HTTP_', 'wsgi.', 'SERVER_', 'REQUEST_', 'PATH_', 'QUERY_', 'CONTENT_', 'SCRIPT_', 'GATEWAY_', 'REMOTE_')))
    lines = []
    for k in keys:
        v = environ[k]
        if k in ('wsgi.input', 'wsgi.errors', 'wsgi.file_wrapper'):
            v = type(v).__name__
        elif k == 'SERVER_PORT' or k == 'HTTP_HOST':
            v = v.replace(str(port), 'PORT')
        lines.append('%s=%r' % (k, v))
    lines.append('body=%r' % body)
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return ['\n'.join(lines).encode()]


# the process's environment would reach demo_app's page (and the logged size): left out
wsgiref.simple_server.ServerHandler.os_environ = {}


class QuietClock(WSGIRequestHandler):
    def log_date_time_string(self):
        return 'DATE'


server = make_server('127.0.0.1', 0, app, handler_class=QuietClock)
port = server.server_port
print(type(server).__name__, isinstance(server, WSGIServer), server.get_app() is app, sorted(server.base_environ))
print(wsgiref.simple_server.server_version, wsgiref.simple_server.sys_version, wsgiref.simple_server.software_version)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
thread.start()


def ask(method, path, body=None, headers={}):
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    conn.putrequest(method, path, skip_accept_encoding=True)
    for name, value in headers:
        conn.putheader(name, value)
    if body is not None:
        conn.putheader('Content-Length', str(len(body)))
    conn.endheaders(body)
    r = conn.getresponse()
    data = r.read()
    print(method, path, '->', r.status, r.reason, r.version, [(k, v) for k, v in r.getheaders() if k != 'Date'])
    for line in data.decode().split('\n'):
        print('   ', line)
    conn.close()


ask('GET', '/hello%20world/x?a=1&b=%20')
ask('POST', '/submit', b'name=value', [('Content-Type', 'application/x-www-form-urlencoded'), ('X-Rep', 'one'), ('X-Rep', 'two'), ('User-Agent', 'tester')])
ask('GET', '/write')
ask('GET', '/gen')
print(closed)
ask('GET', '/empty')
ask('GET', '/boom')
server.set_app(validator(app))
ask('GET', '/checked')
ask('GET', '/gen')
print(closed)
server.set_app(demo_app)
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
conn.request('GET', '/demo?x=y')
r = conn.getresponse()
text = r.read().decode()
conn.close()
print(r.status, r.getheader('Content-Type'), text.split('\n')[:2], 'PATH_INFO = ' + repr('/demo') in text, "QUERY_STRING = 'x=y'" in text)

server.shutdown()
thread.join()
server.server_close()
