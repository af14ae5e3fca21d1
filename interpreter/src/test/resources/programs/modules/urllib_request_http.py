# urllib.request against an http.server on a thread (127.0.0.1, port 0): urlopen of str URLs and
# Requests (the headers sent: Host, User-agent, Connection: close, Content-type and Content-length for
# POST data, custom headers, a method given), the response (status, reason, msg, url, headers, read,
# the with-statement), HTTPError (code, reason, headers, body, str and repr, also a URLError and an
# OSError), redirects (301/302/303/307 with GET, a POST turned into a GET, a 307 POST refused, the
# loop limit, a redirect to a scheme not allowed), basic auth (HTTPBasicAuthHandler with
# HTTPPasswordMgrWithDefaultRealm and HTTPPasswordMgrWithPriorAuth), build_opener/install_opener
# with a custom handler and addheaders, HTTPErrorProcessor replaced, and a refused connection. FTP is
# left out of the handler lists printed (pyheap has no ftplib).
import sys
# CPython as built without ssl, as pyheap is: no HTTPSConnection, no HTTPSHandler
sys.modules['ssl'] = None
import base64
import http.server
import threading
import urllib.error
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def reply(self, code, body=b'', headers=()):
        self.send_response(code)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def echo(self):
        length = int(self.headers.get('Content-Length', 0))
        data = self.rfile.read(length) if length else b''
        lines = ['%s %s' % (self.command, self.path)]
        lines += ['%s: %s' % (k, v) for k, v in self.headers.items() if k != 'Host' or True]
        lines.append('data=%r' % data)
        return '\n'.join(lines).encode()

    def do_GET(self):
        path = self.path
        if path.startswith('/echo'):
            self.reply(200, self.echo(), [('Content-Type', 'text/plain'), ('X-Two', 'a'), ('X-Two', 'b')])
        elif path.startswith('/redirect/'):
            code = int(path.split('/')[2])
            self.reply(code, b'moved', [('Location', '/echo?from=%d' % code)])
        elif path == '/absolute':
            self.reply(302, b'', [('Location', 'http://%s:%d/echo?abs' % self.server.server_address)])
        elif path == '/loop':
            self.reply(302, b'', [('Location', '/loop')])
        elif path == '/ftp':
            self.reply(302, b'', [('Location', 'javascript:alert(1)')])
        elif path == '/nolocation':
            self.reply(302, b'no location')
        elif path == '/secret':
            auth = self.headers.get('Authorization')
            if auth == 'Basic ' + base64.b64encode(b'alice:wonder').decode():
                self.reply(200, b'welcome alice')
            else:
                self.reply(401, b'who are you?', [('WWW-Authenticate', 'Basic realm="vault"')])
        elif path == '/teapot':
            self.reply(418, b'short and stout', [('X-Kind', 'teapot')])
        else:
            self.send_error(404, 'Nothing at %s' % path)

    do_HEAD = do_GET

    def do_POST(self):
        if self.path.startswith('/redirect/'):
            length = int(self.headers.get('Content-Length', 0))
            self.rfile.read(length)
            code = int(self.path.split('/')[2])
            self.reply(code, b'', [('Location', '/echo?posted=%d' % code)])
        else:
            self.reply(200, self.echo())

    def do_PUT(self):
        self.reply(200, self.echo())


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
thread.start()
host, port = server.server_address
base = 'http://%s:%d' % (host, port)


def show(text):
    return text.replace(str(port), 'PORT')


def fetch(what, *args, opener=None):
    try:
        r = (opener.open if opener else urllib.request.urlopen)(what, *args)
    except urllib.error.HTTPError as e:
        print('HTTPError', e.code, repr(e.reason), show(e.geturl()), show(str(e)), repr(e), e.headers.get('Content-Length'), e.read())
        e.close()
        return
    except urllib.error.URLError as e:
        print('URLError', type(e.reason).__name__, show(str(e)))
        return
    with r:
        print(r.status, r.reason, r.msg, r.getcode(), show(r.geturl()), show(r.url), type(r).__name__)
        print('   ', show(r.read().decode()).replace('\n', ' | '))


print('-- GET')
fetch(base + '/echo?x=1')
with urllib.request.urlopen(base + '/echo') as r:
    print(r.headers['Content-Type'], r.headers.get_all('X-Two'), r.info() is r.headers, r.getheader('x-two'), r.closed)
print(r.closed)
print('-- POST and other methods')
fetch(base + '/echo', b'a=1&b=2')
fetch(urllib.request.Request(base + '/echo', data=b'{"k": 1}', headers={'Content-Type': 'application/json', 'x-custom': 'Yes'}))
fetch(urllib.request.Request(base + '/echo', data=b'put', method='PUT'))
fetch(urllib.request.Request(base + '/echo', method='HEAD'))
try:
    urllib.request.urlopen(base + '/echo', 'text')
except TypeError as e:
    print('TypeError', e)
print('-- errors')
fetch(base + '/missing')
fetch(base + '/teapot')
try:
    urllib.request.urlopen(base + '/teapot')
except OSError as e:
    print(type(e).__name__, isinstance(e, urllib.error.URLError), e.args, e.filename == base + '/teapot', e.status, e.hdrs['X-Kind'], e.fp is not None)
print('-- redirects')
for code in (301, 302, 303, 307, 308):
    fetch(base + '/redirect/%d' % code)
fetch(base + '/absolute')
for code in (301, 302, 303, 307):
    fetch(base + '/redirect/%d' % code, b'body')
fetch(base + '/loop')
fetch(base + '/ftp')
fetch(base + '/nolocation')
print('-- basic auth')
fetch(base + '/secret')
manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
manager.add_password(None, base + '/', 'alice', 'wonder')
print(manager.find_user_password('vault', base + '/secret') == ('alice', 'wonder'), manager.find_user_password('vault', 'http://elsewhere/'))
fetch(base + '/secret', opener=urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(manager)))
wrong = urllib.request.HTTPPasswordMgr()
wrong.add_password('vault', base, 'alice', 'guess')
fetch(base + '/secret', opener=urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(wrong)))
prior = urllib.request.HTTPPasswordMgrWithPriorAuth()
prior.add_password(None, base, 'alice', 'wonder', is_authenticated=True)
print(prior.is_authenticated(base + '/secret'), prior.is_authenticated('http://other/'))
fetch(base + '/secret', opener=urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(prior)))

print('-- openers')


class Tagger(urllib.request.BaseHandler):
    handler_order = 400

    def http_request(self, req):
        req.add_header('X-Tag', 'tagged')
        return req

    def http_response(self, req, response):
        print('    Tagger saw', response.status)
        return response


class Lenient(urllib.request.HTTPErrorProcessor):
    def http_response(self, request, response):
        return response


opener = urllib.request.build_opener(Tagger, Lenient())
opener.addheaders = [('User-agent', 'tester/1.0'), ('Accept', '*/*')]
# (no FTP here)
print([type(h).__name__ for h in opener.handlers if type(h).__name__ != 'FTPHandler'])
print(sorted(set(opener.handle_open) - {'ftp'}), sorted(opener.process_request), sorted(opener.process_response), sorted(opener.handle_error['http'], key=str))
fetch(base + '/echo', opener=opener)
fetch(base + '/teapot', opener=opener)
urllib.request.install_opener(opener)
fetch(base + '/echo?installed')
urllib.request.install_opener(None)
try:
    opener.add_handler(object())
except TypeError as e:
    print('TypeError', e)

server.shutdown()
thread.join()
server.server_close()
print('-- closed server')
fetch('http://127.0.0.1:%d/' % port)
