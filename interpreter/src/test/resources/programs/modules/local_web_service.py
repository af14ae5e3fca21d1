# A tiny JSON web service on 127.0.0.1: http.server's BaseHTTPRequestHandler in a thread,
# urllib.request with GET/POST/headers, HTTPError for 404/500 with its body and headers,
# urllib.parse for query strings, and the server's log lines silenced.
import http.server, json, threading, urllib.error, urllib.parse, urllib.request

ITEMS = {"1": {"name": "apple", "qty": 3}}

class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "Inventory/1.0"
    def log_message(self, fmt, *args):
        pass
    def send_json(self, code, obj):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(url.query)
        if url.path == "/items":
            names = sorted(v["name"] for v in ITEMS.values())
            if "prefix" in q:
                names = [n for n in names if n.startswith(q["prefix"][0])]
            self.send_json(200, {"names": names, "ua": self.headers.get("X-Client")})
        elif url.path.startswith("/items/"):
            key = url.path.rsplit("/", 1)[1]
            if key in ITEMS:
                self.send_json(200, ITEMS[key])
            else:
                self.send_json(404, {"error": f"no item {key}"})
        elif url.path == "/crash":
            raise RuntimeError("handler bug")
        else:
            self.send_error(404, "Nothing here", "try /items")
    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = json.loads(self.rfile.read(n))
        key = str(len(ITEMS) + 1)
        ITEMS[key] = data
        self.send_json(201, {"id": key, "echo": data})

class Server(http.server.HTTPServer):
    def handle_error(self, request, client_address):
        import sys
        print("server error:", repr(sys.exc_info()[1]))

srv = Server(("127.0.0.1", 0), Handler)
port = srv.server_address[1]
t = threading.Thread(target=srv.serve_forever, daemon=True)
t.start()
base = f"http://127.0.0.1:{port}"

def call(path, data=None, method=None):
    req = urllib.request.Request(base + path, method=method, headers={"X-Client": "probe"},
                                 data=None if data is None else json.dumps(data).encode())
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers["Content-Type"], json.loads(r.read())
    except urllib.error.HTTPError as e:
        body = e.read()
        return e.code, e.reason, e.headers.get("Content-Type"), body[:60]

print(call("/items"))
print(call("/items/1"))
print(call("/items", {"name": "banana", "qty": 12}))
print(call("/items?" + urllib.parse.urlencode({"prefix": "b", "x": "a b&c"})))
print(call("/items/99"))
print(call("/nowhere"))
print(call("/items", method="DELETE"))
req = urllib.request.Request(base + "/items/2")
with urllib.request.urlopen(req) as r:
    print(r.status, r.reason, r.getheader("Server").split()[0], r.headers.get_content_type(), r.url == base + "/items/2")
try:
    urllib.request.urlopen(f"http://127.0.0.1:{port}/crash", timeout=5)
except Exception as e:
    print(type(e).__name__)
srv.shutdown()
srv.server_close()
print(urllib.parse.urlsplit("https://user:pw@host:8080/p/a?q=1#frag"))
print(urllib.parse.quote("a b/ü?"), urllib.parse.unquote_plus("a+b%20c"), urllib.parse.urljoin(base + "/a/b", "../c").endswith("/c"))
try:
    urllib.request.urlopen(f"http://127.0.0.1:{port}/items", timeout=2)
except urllib.error.URLError as e:
    print("URLError:", type(e.reason).__name__)
