# A tiny JSON API on http.server in a thread, called with urllib.request on 127.0.0.1: GET, POST with a JSON body, headers, 404 as HTTPError with its body, query parsing, server shutdown
import http.server
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

NOTES = {1: "buy milk"}

class Api(http.server.BaseHTTPRequestHandler):
    server_version = "NotesAPI/1.0"

    def log_message(self, fmt, *args):
        pass

    def _send(self, code, obj):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(url.query)
        if url.path == "/notes":
            limit = int(q.get("limit", ["10"])[0])
            self._send(200, {"notes": [NOTES[k] for k in sorted(NOTES)][:limit], "q": q})
        else:
            self._send(404, {"error": f"no route {url.path}"})

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = json.loads(self.rfile.read(length))
        new_id = max(NOTES) + 1
        NOTES[new_id] = data["text"]
        self._send(201, {"id": new_id, "agent": self.headers.get("User-Agent")})

server = http.server.HTTPServer(("127.0.0.1", 0), Api)
port = server.server_address[1]
t = threading.Thread(target=server.serve_forever, daemon=True)
t.start()
base = f"http://127.0.0.1:{port}"
with urllib.request.urlopen(base + "/notes?limit=5&tag=a&tag=b") as r:
    print(r.status, r.reason, r.headers["Content-Type"], r.headers["Server"])
    print(json.loads(r.read()))
req = urllib.request.Request(base + "/notes", data=json.dumps({"text": "call mom"}).encode(),
                             headers={"Content-Type": "application/json", "User-Agent": "probe/1"}, method="POST")
with urllib.request.urlopen(req) as r:
    print(r.status, json.loads(r.read()))
with urllib.request.urlopen(base + "/notes") as r:
    print(json.load(r)["notes"])
try:
    urllib.request.urlopen(base + "/missing")
except urllib.error.HTTPError as e:
    print("HTTPError", e.code, e.reason, json.loads(e.read()), e.headers["Content-Type"])
print(req.get_method(), req.full_url.replace(str(port), "PORT"), sorted(k for k, v in req.header_items()))
print(urllib.parse.urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), urllib.parse.quote_plus("x/y z"))
server.shutdown()
server.server_close()
t.join()
print("stopped")
