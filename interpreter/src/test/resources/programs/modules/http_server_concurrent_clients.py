# http.server's ThreadingHTTPServer on 127.0.0.1 (port 0) answering several urllib.request clients
# at once from threads: GET with a query, POST with a body, a 404 through HTTPError, keep-alive
# off (HTTP/1.0 answers), response headers and status, then shutdown and server_close.
import http.server
import json
import threading
import urllib.error
import urllib.request

class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/square?n="):
            n = int(self.path.split("=")[1])
            self.reply(200, {"n": n, "square": n * n})
        else:
            self.reply(404, {"error": self.path})

    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self.reply(201, {"reversed": data.decode()[::-1]})

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
base = "http://127.0.0.1:%d" % server.server_address[1]
runner = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
runner.start()

results = {}
def get(n):
    with urllib.request.urlopen(f"{base}/square?n={n}", timeout=10) as r:
        results[n] = (r.status, r.headers["Content-Type"], json.loads(r.read()))
threads = [threading.Thread(target=get, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(results[n])

req = urllib.request.Request(base + "/echo", data=b"stressed", method="POST")
with urllib.request.urlopen(req, timeout=10) as r:
    print(r.status, r.reason, json.loads(r.read()), r.version)
try:
    urllib.request.urlopen(base + "/missing", timeout=10)
except urllib.error.HTTPError as e:
    print(e.code, e.reason, json.loads(e.read()))
server.shutdown()
runner.join()
server.server_close()
print("stopped")
