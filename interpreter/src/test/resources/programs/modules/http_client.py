# http.client against a server thread on 127.0.0.1 port 0 that answers each request with a canned
# response: the request lines HTTPConnection sends (Host with the port, Accept-Encoding, Content-Length
# for bytes and str bodies, chunked bodies from iterables, custom headers), responses with
# Content-Length, chunked (read whole, in pieces, line by line), without a length (read to the close),
# HEAD and 204, two requests on one kept-alive connection, a 100 Continue skipped, getheader(s),
# and the errors: BadStatusLine, RemoteDisconnected, IncompleteRead, ResponseNotReady,
# CannotSendRequest, InvalidURL.
import http.client
import socketserver
import threading

RESPONSES = {
    '/plain': b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\nX-Multi: a\r\nX-Multi: b\r\n\r\nhello world',
    '/chunked': b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n7;ext=1\r\n second\r\n6\r\n\nthird\r\n0\r\nTrailer: x\r\n\r\n',
    '/close': b'HTTP/1.0 404 Not Found\r\nContent-Type: text/html\r\n\r\nline one\nline two\n',
    '/empty': b'HTTP/1.1 204 No Content\r\nServer: canned\r\n\r\n',
    '/continue': b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok',
    '/bad': b'NOT HTTP AT ALL\r\n\r\n',
    '/nothing': b'',
    '/short': b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\ntoo short',
}
seen = []


class Canned(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            line = self.rfile.readline()
            if not line:
                return
            method, path, version = line.decode('latin-1').split()
            headers = []
            while (header := self.rfile.readline()) not in (b'\r\n', b''):
                headers.append(header.decode('latin-1').rstrip('\r\n'))
            body = b''
            lengths = [h.split(':', 1)[1].strip() for h in headers if h.lower().startswith('content-length')]
            if lengths:
                body = self.rfile.read(int(lengths[0]))
            elif any(h.lower() == 'transfer-encoding: chunked' for h in headers):
                while True:
                    size = int(self.rfile.readline(), 16)
                    body += self.rfile.read(size + 2)
                    if size == 0:
                        break
            seen.append((line.decode('latin-1').rstrip('\r\n'), headers, body))
            response = RESPONSES[path.split('?')[0]]
            if method == 'HEAD':
                response = response[:response.index(b'\r\n\r\n') + 4]
            self.wfile.write(response)
            if path in ('/close', '/bad', '/nothing', '/short'):
                return


server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), Canned)
server.daemon_threads = True
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
thread.start()
host, port = server.server_address


def show_request():
    line, headers, body = seen.pop(0)
    print('  request:', line, [h.replace(str(port), 'PORT') for h in headers], body)


conn = http.client.HTTPConnection(host, port, timeout=10)
conn.request('GET', '/plain')
r = conn.getresponse()
show_request()
print(r.status, r.reason, r.version, r.getheader('content-type'), r.getheader('x-multi'),
      r.getheader('missing', 'dflt'), r.getheaders())
print(r.read(5), r.read(), r.isclosed(), r.read(), type(r.msg).__name__, r.info()['content-length'])
try:
    conn.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady', e)

conn.request('POST', '/chunked?x=1', body='a=1&b=2', headers={'X-Custom': 'yes', 'Content-Type': 'text/plain'})
r = conn.getresponse()
show_request()
print(r.status, r.chunked, r.length, r.getheader('transfer-encoding'))
print(r.read(3), r.read(4), r.read())
conn.request('PUT', '/chunked', body=iter([b'part1', b'', b'part22']))
r = conn.getresponse()
show_request()
print([line for line in r])
conn.request('POST', '/chunked', body=b'\x00\x01')
try:
    conn.request('GET', '/plain')
except http.client.CannotSendRequest as e:
    print('CannotSendRequest', e)
r = conn.getresponse()
show_request()
print(r.read1(100), r.read1(100), r.read(), r.read1(5))
conn.close()

conn = http.client.HTTPConnection('127.0.0.1:%d' % port)
conn.request('HEAD', '/plain', headers={'Host': 'example.org', 'Accept-Encoding': 'gzip'})
r = conn.getresponse()
show_request()
print(r.status, r.length, r.read(), r.isclosed())
conn.request('GET', '/empty')
r = conn.getresponse()
show_request()
print(r.status, r.reason, r.length, r.read(), r.will_close)
conn.request('POST', '/continue')
r = conn.getresponse()
show_request()
print(r.status, r.reason, r.read())
conn.request('GET', '/close')
r = conn.getresponse()
show_request()
print(r.status, r.reason, r.version, r.will_close, r.length, r.readline(), r.read())
conn.close()

for path in ['/bad', '/nothing', '/short']:
    conn = http.client.HTTPConnection(host, port)
    conn.request('GET', path)
    try:
        r = conn.getresponse()
        r.read()
    except http.client.HTTPException as e:
        print(type(e).__name__, repr(e), e.args, isinstance(e, ConnectionResetError))
    show_request()
    conn.close()

for bad in ['127.0.0.1:abc', 'host\n']:
    try:
        http.client.HTTPConnection(bad)
    except http.client.InvalidURL as e:
        print('InvalidURL', e)
print(http.client.responses[418], http.client.NOT_FOUND, http.client.HTTP_PORT, len(http.client.responses))
print(repr(http.client.IncompleteRead(b'abc', 4)), repr(http.client.LineTooLong('status line')))

server.shutdown()
thread.join()
server.server_close()
