# http.server's BaseHTTPRequestHandler on a ThreadingHTTPServer (127.0.0.1, port 0), talked to over
# raw sockets and http.client: do_GET/do_POST dispatch, the status line, Server header and the
# buffered headers, HTTP/1.0 closing and HTTP/1.1 keep-alive, Expect: 100-continue, send_error's
# page and reason (default and custom messages, explain, HEAD without a body, 204 without a body),
# the request errors (bad syntax, bad version, HTTP/2, HTTP/0.9, unsupported method, a too-long
# request line), and the log lines on stderr (log_date_time_string overridden: no clock).
import http.client
import http.server
import socket
import threading


class Handler(http.server.BaseHTTPRequestHandler):
    def log_date_time_string(self):
        return 'DATE'

    def date_time_string(self, timestamp=None):
        return 'Thu, 01 Jan 1970 00:00:00 GMT'

    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404)
            return
        if self.path == '/teapot':
            self.send_error(418, 'Short <b>', 'Long & explained')
            return
        if self.path == '/empty':
            self.send_error(204)
            return
        if self.path == '/log':
            self.log_message('custom %s %d \x1b[31m\\ end', 'word', 7)
        body = ('path=%s command=%s version=%s ua=%s' % (
            self.path, self.command, self.request_version, self.headers.get('User-Agent'))).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_error(403, 'No heads')

    def do_POST(self):
        length = int(self.headers['Content-Length'])
        data = self.rfile.read(length)
        self.send_response(201, 'Made it')
        self.send_header('X-Got', data.decode())
        self.send_header('Content-Length', '0')
        self.end_headers()


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
thread.start()
host, port = server.server_address
print(type(server).__mro__[1].__name__, server.daemon_threads, server.allow_reuse_address, server.server_port == port)


def raw(data, limit=None):
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(data)
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    head, sep, body = b''.join(chunks).partition(b'\r\n\r\n')
    for line in head.split(b'\r\n'):
        print('   ', line)
    print('    body:', body[:limit] if limit else body)


print('-- HTTP/1.0 GET')
raw(b'GET /hello?x=1 HTTP/1.0\r\nUser-Agent: raw\r\n\r\n')
print('-- missing (404)')
raw(b'GET /missing HTTP/1.0\r\n\r\n')
print('-- teapot with message and explain')
raw(b'GET /teapot HTTP/1.0\r\n\r\n')
print('-- 204 has no body')
raw(b'GET /empty HTTP/1.0\r\n\r\n')
print('-- HEAD error has no body')
raw(b'HEAD /x HTTP/1.0\r\n\r\n')
print('-- unsupported method')
raw(b'PUT /x HTTP/1.0\r\n\r\n', 40)
print('-- bad syntax')
raw(b'GET / HTTP/1.0 extra\r\n\r\n', 40)
print('-- bad version')
raw(b'GET / HTTX/1.0\r\n\r\n', 40)
print('-- HTTP/2')
raw(b'GET / HTTP/2.0\r\n\r\n', 40)
print('-- HTTP/0.9 GET')
raw(b'GET /nine\r\n\r\n')
print('-- HTTP/0.9 POST')
raw(b'POST /nine\r\n\r\n', 40)
print('-- empty request')
raw(b'\r\n')
print('-- request line too long')
raw(b'GET /' + b'a' * 65530 + b'\r\n', 40)
print('-- double slash path and a log message with control characters')
raw(b'GET //a//b HTTP/1.0\r\n\r\n', 60)
raw(b'GET /log HTTP/1.0\r\n\r\n', 60)

print('-- HTTP/1.1 keep-alive through http.client')
Handler.protocol_version = 'HTTP/1.1'
conn = http.client.HTTPConnection(host, port, timeout=10)
for path in ['/one', '/two']:
    conn.request('GET', path, headers={'User-Agent': 'client'})
    r = conn.getresponse()
    print(r.status, r.reason, r.version, r.getheader('Server'), r.read(), r.will_close)
conn.request('POST', '/post', body=b'payload', headers={'Expect': '100-continue'})
r = conn.getresponse()
print(r.status, r.reason, r.getheader('X-Got'), r.read())
conn.request('GET', '/missing')
r = conn.getresponse()
print(r.status, r.reason, r.getheader('Connection'), r.getheader('Content-Type'), r.will_close, len(r.read()))
conn.close()
Handler.protocol_version = 'HTTP/1.0'

print('-- handler attributes')
print(Handler.server_version, Handler.sys_version, Handler.default_request_version, Handler.error_content_type)
print(Handler.responses[404], Handler.responses[200][0], len(Handler.responses))
print(http.server.DEFAULT_ERROR_CONTENT_TYPE, http.server.__version__, Handler.monthname[1:4], Handler.weekdayname[:2])

server.shutdown()
thread.join()
server.server_close()
