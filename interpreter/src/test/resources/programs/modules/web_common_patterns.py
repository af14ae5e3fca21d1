# Web code as people write it: a JSON API on http.server (do_GET/do_POST reading Content-Length,
# json bodies, query strings with urllib.parse), called with urllib.request (json in and out, custom
# headers, iterating a response by line, timeouts given), from several threads at once through a
# ThreadPoolExecutor against a ThreadingHTTPServer, the server as a context manager, handle_request
# for a single request, and HTTPError bodies read as JSON.
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer

store = {}
lock = threading.Lock()


class Api(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def send_json(self, code, payload):
        body = json.dumps(payload, sort_keys=True).encode()
        self.send_response(code)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == '/items':
            with lock:
                items = sorted(store.items())
            self.send_json(200, {'items': items, 'limit': query.get('limit', ['all'])[0]})
        elif url.path == '/lines':
            body = b''.join(b'line %d\n' % i for i in range(5))
            self.send_response(200)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_json(404, {'error': 'no route', 'path': url.path})

    def do_POST(self):
        data = json.loads(self.rfile.read(int(self.headers['Content-Length'])))
        if 'name' not in data:
            self.send_json(400, {'error': 'name missing'})
            return
        with lock:
            store[data['name']] = data.get('value')
        self.send_json(201, {'stored': data['name'], 'agent': self.headers['User-Agent'], 'token': self.headers.get('X-Token')})


def post(base, payload, token=None):
    headers = {'Content-Type': 'application/json'}
    if token:
        headers['X-Token'] = token
    req = urllib.request.Request(base + '/items', data=json.dumps(payload).encode(), headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


with ThreadingHTTPServer(('127.0.0.1', 0), Api) as server:
    thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
    thread.start()
    base = 'http://127.0.0.1:%d' % server.server_address[1]
    print(post(base, {'name': 'a', 'value': 1}, token='t1'))
    print(post(base, {'value': 2}))
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda i: post(base, {'name': 'n%d' % i, 'value': i}), range(8)))
    print(sorted(r[0] for r in results), sorted(r[1]['stored'] for r in results))
    with urllib.request.urlopen(base + '/items?limit=3', timeout=5) as r:
        data = json.load(r)
    print(r.headers['Content-Type'], data['limit'], data['items'][:3], len(data['items']))
    with urllib.request.urlopen(base + '/lines') as r:
        print([line for line in r])
    try:
        urllib.request.urlopen(base + '/nowhere')
    except urllib.error.HTTPError as e:
        print(e.code, e.reason, json.loads(e.read().decode()), e.headers.get_content_type())
    server.shutdown()
    thread.join()
print(server.socket.fileno())

single = HTTPServer(('127.0.0.1', 0), Api)
single.timeout = 10
port = single.server_address[1]
answer = []
client = threading.Thread(target=lambda: answer.append(urllib.request.urlopen('http://127.0.0.1:%d/items' % port).read()))
client.start()
single.handle_request()
client.join()
single.server_close()
print(answer)
