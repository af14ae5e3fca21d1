# wsgiref without sockets: Headers (case-insensitive get/set/delete, duplicates, setdefault, add_header
# with parameters and quoting, str and bytes forms, type checks), util (setup_testing_defaults,
# application_uri and request_uri for http/https, ports and quoting, shift_path_info step by step,
# FileWrapper, is_hop_by_hop, guess_scheme), handlers.SimpleHandler running applications over BytesIO
# streams (the status line or CGI's Status header for BaseCGIHandler, Content-Length from one block,
# HTTP/0.9 without headers, an error before and after the headers, hop-by-hop headers refused,
# start_response twice, write before start_response), format_date_time, demo_app, and validator's
# checks (each AssertionError message and WSGIWarning; results closed, so no __del__ complaint).
import io
import sys
import warnings
from wsgiref import util, handlers
from wsgiref.headers import Headers
from wsgiref.simple_server import demo_app
from wsgiref.validate import validator, WSGIWarning

print('-- Headers')
h = Headers([('Content-Type', 'text/plain')])
h['X-One'] = '1'
h.add_header('Set-Cookie', 'a=1')
h.add_header('set-cookie', 'b=2')
h.add_header('Content-Disposition', 'attachment', filename='bud "x".gif', size=None, plain_value='abc')
print(len(h), h['content-type'], h.get('missing', 'dflt'), h['missing'], 'x-one' in h, 'X-Two' in h)
print(h.get_all('SET-COOKIE'), h.keys(), h.values())
print(h.setdefault('X-One', 'ignored'), h.setdefault('X-New', 'new'))
h['set-cookie'] = 'only'
del h['X-ONE']
del h['not-there']
print(repr(h))
print(str(h).encode())
print(bytes(h)[:30], h.items() == h._headers, h.items() is h._headers)
for bad in [lambda: Headers((('a', 'b'),)), lambda: Headers([('a', 1)]), lambda: h.__setitem__('X', 2), lambda: h.get(b'x')]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)

print('-- util')
env = {}
util.setup_testing_defaults(env)
print(sorted((k, v) for k, v in env.items() if not k.startswith('wsgi.')), env['wsgi.version'], type(env['wsgi.input']).__name__, type(env['wsgi.errors']).__name__)
print(util.application_uri(env), util.request_uri(env))
cases = [
    {'HTTP_HOST': 'example.org:8080', 'SCRIPT_NAME': '/app', 'PATH_INFO': '/a b/c;x=1', 'QUERY_STRING': 'q=1'},
    {'SERVER_NAME': 'srv', 'SERVER_PORT': '443', 'HTTPS': 'on', 'PATH_INFO': '/x'},
    {'SERVER_NAME': 'srv', 'SERVER_PORT': '8443', 'HTTPS': 'yes', 'SCRIPT_NAME': '/é'},
    {'SERVER_NAME': 'srv', 'SERVER_PORT': '81', 'PATH_INFO': '/~user/ü'},
]
for extra in cases:
    e = dict(extra)
    util.setup_testing_defaults(e)
    print(util.guess_scheme(e), util.application_uri(e), util.request_uri(e), util.request_uri(e, include_query=False))
e = {'SCRIPT_NAME': '/a', 'PATH_INFO': '/b/./c//d/'}
while True:
    name = util.shift_path_info(e)
    print(repr(name), e['SCRIPT_NAME'], repr(e['PATH_INFO']))
    if name is None:
        break
for script, path in [('', '/'), ('/x', '/.'), ('/x', '/../y'), ('', '')]:
    e = {'SCRIPT_NAME': script, 'PATH_INFO': path}
    print(repr(util.shift_path_info(e)), e)
w = util.FileWrapper(io.BytesIO(b'abcdefgh'), 3)
print(list(w), iter(w) is w)
w.close()
print(w.filelike.closed, [util.is_hop_by_hop(n) for n in ['Connection', 'KEEP-ALIVE', 'Content-Type', 'te', 'Upgrade']])
print(handlers.format_date_time(0), handlers.format_date_time(1700000000.5))


class Handler(handlers.SimpleHandler):
    os_environ = {}


class Input(io.BytesIO):
    def __repr__(self):
        return '<input>'


class Errors(io.StringIO):
    def __repr__(self):
        return '<errors>'


def run(app, protocol='HTTP/1.0', cgi=False, **environ):
    env = {'SERVER_PROTOCOL': protocol, 'REQUEST_METHOD': 'GET', 'SERVER_NAME': 'test', 'SERVER_PORT': '80', 'PATH_INFO': '/'}
    env.update(environ)
    out, err = io.BytesIO(), Errors()
    cls = handlers.BaseCGIHandler if cgi else Handler
    handler = cls(Input(b'input data'), out, err, env)
    handler.os_environ = {}
    handler.server_software = 'TestServer/1'
    handler.traceback_limit = 1
    handler.run(app)
    text = out.getvalue()
    print('   ', [line for line in text.split(b'\r\n') if not line.startswith(b'Date: ')])
    if err.getvalue():
        print('    errors:', err.getvalue().splitlines()[-1])


def hello(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'hello ', b'world'] if environ['PATH_INFO'] == '/two' else [b'hello']


def echo_input(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [environ['wsgi.input'].read(), repr(sorted(k for k in environ if k.startswith('wsgi.'))).encode(), repr((environ['wsgi.multithread'], environ['wsgi.multiprocess'], environ['wsgi.run_once'], environ['wsgi.url_scheme'])).encode()]


def fails_early(environ, start_response):
    raise KeyError('early')


def fails_late(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    yield b'partial'
    raise KeyError('late')


def hop(environ, start_response):
    start_response('200 OK', [('Connection', 'close')])
    return [b'x']


def twice(environ, start_response):
    start_response('200 OK', [])
    start_response('200 OK', [])
    return []


def writes_first(environ, start_response):
    write = handlers.SimpleHandler.write
    raise RuntimeError('never')


def bad_status(environ, start_response):
    start_response('20 OK', [])
    return []


print('-- handlers')
run(hello)
run(hello, PATH_INFO='/two')
run(hello, protocol='HTTP/0.9')
run(hello, cgi=True)
run(echo_input)
run(echo_input, HTTPS='on')
run(fails_early)
run(fails_late)
run(hop)
run(twice)
run(bad_status)
run(demo_app, QUERY_STRING='a=b')

print('-- validator')


def checked(app, environ=None, headers_app=None):
    env = {}
    util.setup_testing_defaults(env)
    env['QUERY_STRING'] = ''
    if environ:
        env.update(environ)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = None
        try:
            result = validator(app)(env, lambda status, headers, exc_info=None: (lambda data: None))
            print('   ', list(result))
        except AssertionError as e:
            print('    AssertionError:', e)
        finally:
            if result is not None:
                result.close()
        for w in caught:
            print('    warning:', w.category.__name__, w.message)


def responder(status, headers, body=(b'ok',)):
    def app(environ, start_response):
        start_response(status, headers)
        return list(body)
    return app


checked(responder('200 OK', [('Content-Type', 'text/plain')]))
checked(responder('200 OK', []))
checked(responder('204 No Content', [('Content-Type', 'text/plain')]))
checked(responder('204 No Content', []))
checked(responder('2000 OK', [('Content-Type', 'text/plain')]))
checked(responder('099 Low', [('Content-Type', 'text/plain')]))
checked(responder('200OK', [('Content-Type', 'text/plain')]))
checked(responder(b'200 OK', [('Content-Type', 'text/plain')]))
checked(responder('200 OK', (('Content-Type', 'text/plain'),)))
checked(responder('200 OK', [['Content-Type', 'text/plain']]))
checked(responder('200 OK', [('Status', '200'), ('Content-Type', 'text/plain')]))
checked(responder('200 OK', [('Bad:Name', 'x'), ('Content-Type', 'text/plain')]))
checked(responder('200 OK', [('Bad Name', 'x'), ('Content-Type', 'text/plain')]))
checked(responder('200 OK', [('Name-', 'x'), ('Content-Type', 'text/plain')]))
checked(responder('200 OK', [('X-Ctl', 'a\x07b'), ('Content-Type', 'text/plain')]))
checked(responder('200 OK', [('Content-Type', 'text/plain')], [b'ok', 'text']))
checked(lambda environ, start_response: b'bytes result')
checked(lambda environ, start_response: None)
checked(lambda environ, start_response: iter([b'before start']))
checked(responder('200 OK', [('Content-Type', 'text/plain')]), {'REQUEST_METHOD': 'BREW'})
checked(responder('200 OK', [('Content-Type', 'text/plain')]), {'SCRIPT_NAME': 'relative'})
checked(responder('200 OK', [('Content-Type', 'text/plain')]), {'SCRIPT_NAME': '/'})
checked(responder('200 OK', [('Content-Type', 'text/plain')]), {'HTTP_CONTENT_TYPE': 'x'})
checked(responder('200 OK', [('Content-Type', 'text/plain')]), {'SERVER_PORT': 80})
checked(responder('200 OK', [('Content-Type', 'text/plain')]), {'wsgi.url_scheme': 'ftp'})
checked(responder('200 OK', [('Content-Type', 'text/plain')]), {'CONTENT_LENGTH': '-1'})


def uses_input(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    try:
        environ['wsgi.input'].read()
    except AssertionError:
        print('    read() without a size refused')
    try:
        environ['wsgi.errors'].write(b'bytes')
    except AssertionError:
        print('    errors.write(bytes) refused')
    environ['wsgi.errors'].writelines(['fine\n'])
    try:
        environ['wsgi.input'].close()
    except AssertionError as e:
        print('   ', e)
    return [environ['wsgi.input'].read(0)]


checked(uses_input)
try:
    validator(hello)({}, None)
except AssertionError as e:
    print('AssertionError:', e)
try:
    validator(hello)(environ={}, start_response=None)
except AssertionError as e:
    print('AssertionError:', e)
