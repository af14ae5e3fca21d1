# A JSON API on http.server in a thread, called with urllib.request: GET/POST, query strings, headers, HTTPError bodies and codes, URLError for a closed port.
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ITEMS = {1: {"name": "pen", "qty": 3}}

class Api(BaseHTTPRequestHandler):
    server_version = "TinyApi/0.1"
    def log_message(self, fmt, *args):
        pass
    def send_json(self, status, obj):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/items":
            limit = int(query.get("limit", ["10"])[0])
            self.send_json(200, {"items": list(ITEMS.values())[:limit], "q": query})
        elif url.path.startswith("/items/"):
            try:
                self.send_json(200, ITEMS[int(url.path.rsplit("/", 1)[1])])
            except (KeyError, ValueError):
                self.send_json(HTTPStatus.NOT_FOUND, {"error": "no such item"})
        elif url.path == "/echo-headers":
            self.send_json(200, {"ua": self.headers["User-Agent"], "x": self.headers.get("X-Trace")})
        else:
            self.send_error(404, "Nothing here", "explain")
    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = json.loads(self.rfile.read(length))
        if "name" not in data:
            return self.send_json(422, {"error": "name required"})
        new_id = max(ITEMS) + 1
        ITEMS[new_id] = data
        self.send_json(HTTPStatus.CREATED, {"id": new_id})

server = ThreadingHTTPServer(("127.0.0.1", 0), Api)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, daemon=True)
thread.start()
base = f"http://127.0.0.1:{port}"

def call(path, data=None, headers=None, method=None):
    req = urllib.request.Request(base + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.reason, resp.headers["Content-Type"], json.loads(resp.read())
    except urllib.error.HTTPError as e:
        body = e.read()
        return e.code, e.reason, e.headers.get_content_type(), body[:60]

print(call("/items?limit=5&tag=a&tag=b"))
print(call("/items/1"))
print(call("/items/99"))
print(call("/items/abc"))
print(call("/items", json.dumps({"name": "cup", "qty": 1}).encode(), {"Content-Type": "application/json"}))
print(call("/items", json.dumps({"qty": 1}).encode()))
print(call("/items?limit=1"))
print(call("/echo-headers", headers={"User-Agent": "probe/1", "X-Trace": "t-1"}))
status, reason, ctype, body = call("/missing")
print(status, reason, ctype, b"Nothing here" in body)
print(call("/items/1", method="DELETE")[:2])
req = urllib.request.Request(base + "/x", data=b"a=1")
print(req.get_method(), req.full_url.replace(str(port), "PORT"), req.host.endswith(str(port)))
print(urllib.parse.urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True))
server.shutdown()
server.server_close()
try:
    urllib.request.urlopen(base + "/items", timeout=5)
except urllib.error.URLError as e:
    print("URLError:", type(e.reason).__name__, e.reason.errno is not None)
print(HTTPStatus(418).phrase, HTTPStatus.CREATED.description)
