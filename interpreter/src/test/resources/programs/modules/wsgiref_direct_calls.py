# A WSGI application exercised without a server, as its tests do: wsgiref.util.setup_testing_defaults,
# request_uri/application_uri/shift_path_info, a small router app called directly with a fake
# start_response, wsgiref.headers.Headers (add_header with params, get_all, setdefault), the
# validator catching protocol errors, and wsgiref.handlers.SimpleHandler writing a full response
# (status line, headers, body) into a BytesIO, including an app error turned into a 500.
import io
import json
import sys
from wsgiref import util, headers, validate, handlers
from wsgiref.simple_server import WSGIRequestHandler

def app(environ, start_response):
    path = util.shift_path_info(environ)
    if path == 'hello':
        name = environ.get('PATH_INFO', '/').strip('/') or 'world'
        body = f'Hello, {name}!\n'.encode()
        start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8'), ('Content-Length', str(len(body)))])
        return [body]
    if path == 'echo':
        size = int(environ.get('CONTENT_LENGTH') or 0)
        data = environ['wsgi.input'].read(size)
        body = json.dumps({'method': environ['REQUEST_METHOD'], 'len': size, 'data': data.decode()}).encode()
        start_response('201 Created', [('Content-Type', 'application/json')])
        return [body]
    if path == 'boom':
        raise RuntimeError('handler exploded')
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'not found: ', (path or '').encode()]

def call(path, method='GET', body=b''):
    env = {'PATH_INFO': path, 'REQUEST_METHOD': method, 'QUERY_STRING': 'a=1'}
    util.setup_testing_defaults(env)
    env['wsgi.input'] = io.BytesIO(body)
    env['CONTENT_LENGTH'] = str(len(body))
    out = {}
    def start_response(status, hdrs, exc_info=None):
        out['status'], out['headers'] = status, hdrs
    result = b''.join(app(env, start_response))
    return out['status'], out['headers'], result, env['SCRIPT_NAME'], env['PATH_INFO']

for args in [('/hello',), ('/hello/ann',), ('/echo', 'POST', b'payload'), ('/missing/x',)]:
    print(call(*args))

env = {}
util.setup_testing_defaults(env)
print(sorted(k for k in env if not k.startswith('wsgi.')), env['wsgi.url_scheme'], env['wsgi.version'])
print(util.request_uri(env), util.application_uri(env))
env2 = dict(env, SCRIPT_NAME='/app', PATH_INFO='/a b/c', QUERY_STRING='x=1', HTTP_HOST='h.example:8080')
print(util.request_uri(env2), util.request_uri(env2, include_query=False), util.application_uri(env2))
e3 = {'SCRIPT_NAME': '', 'PATH_INFO': '/one/two/'}
print([util.shift_path_info(e3) for _ in range(4)], e3)
print(util.guess_scheme({'HTTPS': 'on'}), util.is_hop_by_hop('Connection'), util.is_hop_by_hop('X-Custom'))

h = headers.Headers([('Content-Type', 'text/html')])
h.add_header('Content-Disposition', 'attachment', filename='report.csv')
h.add_header('X-Flags', None, secure=None, level='3')
h['Set-Cookie'] = 'a=1'
h.add_header('Set-Cookie', 'b=2')
print(h.get_all('set-cookie'), h.setdefault('X-New', 'v'), h.setdefault('x-new', 'other'), len(h))
print(str(h), end='')
print(bytes(h)[:20], 'content-type' in h, h.keys())
del h['set-cookie']
print(h.items())
try:
    headers.Headers({'a': 1})
except TypeError as e:
    print('TypeError', e)

def bad_app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return 'a str, not bytes'
checked = validate.validator(bad_app)
env = {'QUERY_STRING': ''}
util.setup_testing_defaults(env)
try:
    res = checked(env, lambda s, h, e=None: None)
    list(res)
except AssertionError as e:
    print('AssertionError', e)

class Quiet(handlers.SimpleHandler):
    def log_exception(self, exc_info):
        print('logged', exc_info[0].__name__, exc_info[1], file=sys.stdout)
for path in ['/hello/handler', '/boom', '/echo']:
    out = io.BytesIO()
    env = {'REQUEST_METHOD': 'POST', 'PATH_INFO': path, 'SERVER_NAME': 'x', 'SERVER_PORT': '80',
           'CONTENT_LENGTH': '4', 'SERVER_PROTOCOL': 'HTTP/1.0'}
    hd = Quiet(io.BytesIO(b'data'), out, io.StringIO(), env, multithread=False)
    hd.server_software = 'Probe/1.0'
    hd.run(app)
    text = out.getvalue().decode()
    print([l for l in text.split('\r\n') if not l.startswith('Date:')])
print(WSGIRequestHandler.server_version, handlers.BaseHandler.error_status, handlers.BaseHandler.error_body)
