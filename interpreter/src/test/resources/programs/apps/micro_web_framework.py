# A whole application: a micro web framework in the WSGI style: routes declared with decorators
# and converters compiled to re patterns, class-based views dispatching on the method, middleware
# stacked as callables (timing replaced by a counter, auth, error pages), request parsing with
# urllib.parse and http.cookies, JSON responses, HTTPStatus phrases, and a test client that calls
# the app with wsgiref's testing environ and prints each response.
import json
import re
from http import HTTPStatus
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urlencode, quote, unquote, urlsplit
from wsgiref.util import setup_testing_defaults
from io import BytesIO
from functools import wraps


class HTTPError(Exception):
    def __init__(self, status, detail=None):
        self.status = HTTPStatus(status)
        super().__init__(detail or self.status.phrase)


class Request:
    def __init__(self, environ):
        self.environ = environ
        self.method = environ["REQUEST_METHOD"]
        self.path = unquote(environ.get("PATH_INFO", "/"))
        self.query = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        self.cookies = {k: m.value for k, m in cookie.items()}
        length = int(environ.get("CONTENT_LENGTH") or 0)
        self.body = environ["wsgi.input"].read(length) if length else b""

    def json(self):
        try:
            return json.loads(self.body or b"null")
        except json.JSONDecodeError as exc:
            raise HTTPError(400, f"bad JSON: {exc.msg} at {exc.pos}")


class Response:
    def __init__(self, body="", status=200, headers=None):
        self.status = HTTPStatus(status)
        self.headers = dict(headers or {})
        if isinstance(body, (dict, list)):
            body = json.dumps(body, sort_keys=True)
            self.headers.setdefault("Content-Type", "application/json")
        self.body = body.encode() if isinstance(body, str) else body
        self.headers.setdefault("Content-Type", "text/plain; charset=utf-8")
        self.cookies = SimpleCookie()

    def set_cookie(self, name, value, **attrs):
        self.cookies[name] = value
        for k, v in attrs.items():
            self.cookies[name][k] = v


CONVERTERS = {"int": (r"-?\d+", int), "str": (r"[^/]+", str), "path": (r".+", str), "slug": (r"[a-z0-9-]+", str)}


class App:
    def __init__(self):
        self.routes = []
        self.middleware = []

    def route(self, pattern, methods=("GET",)):
        names = []

        def repl(m):
            conv = m.group(1) or "str"
            names.append((m.group(2), CONVERTERS[conv][1]))
            return f"(?P<{m.group(2)}>{CONVERTERS[conv][0]})"

        rx = re.compile("^" + re.sub(r"<(?:(\w+):)?(\w+)>", repl, pattern) + "$")

        def deco(handler):
            if isinstance(handler, type):
                view = handler()
                allowed = tuple(m.upper() for m in ("get", "post", "put", "delete") if hasattr(view, m))
                self.routes.append((rx, allowed, lambda req, **kw: getattr(view, req.method.lower())(req, **kw), names, pattern))
            else:
                self.routes.append((rx, tuple(methods), handler, names, pattern))
            return handler
        return deco

    def dispatch(self, req):
        allowed = set()
        for rx, methods, handler, names, _ in self.routes:
            m = rx.match(req.path)
            if not m:
                continue
            if req.method not in methods:
                allowed.update(methods)
                continue
            kwargs = {n: conv(m.group(n)) for n, conv in names}
            result = handler(req, **kwargs)
            return result if isinstance(result, Response) else Response(result)
        if allowed:
            raise HTTPError(405, f"use {', '.join(sorted(allowed))}")
        raise HTTPError(404, f"no route for {req.path}")

    def __call__(self, environ, start_response):
        req = Request(environ)
        handler = self.dispatch
        for mw in reversed(self.middleware):
            handler = mw(handler)
        try:
            resp = handler(req)
        except HTTPError as exc:
            resp = Response({"error": exc.status.phrase, "detail": str(exc)}, exc.status)
        except Exception as exc:
            resp = Response({"error": "Internal Server Error", "detail": f"{type(exc).__name__}: {exc}"}, 500)
        headers = sorted(resp.headers.items()) + [("Content-Length", str(len(resp.body)))]
        headers += [("Set-Cookie", m.OutputString()) for m in resp.cookies.values()]
        start_response(f"{resp.status.value} {resp.status.phrase}", headers)
        return [resp.body]


app = App()
ITEMS = {1: {"id": 1, "name": "kettle", "price": 25}, 2: {"id": 2, "name": "toaster", "price": 40}}
counter = {"requests": 0}


def counting(nxt):
    @wraps(nxt)
    def handle(req):
        counter["requests"] += 1
        resp = nxt(req)
        resp.headers["X-Request-Number"] = str(counter["requests"])
        return resp
    return handle


def auth(nxt):
    def handle(req):
        if req.path.startswith("/admin") and req.cookies.get("session") != "s3cret":
            raise HTTPError(HTTPStatus.UNAUTHORIZED, "login first")
        return nxt(req)
    return handle


app.middleware += [counting, auth]


@app.route("/")
def index(req):
    return f"hello {req.query.get('name', 'world')}; tags={req.query.get('tag', [])}"


@app.route("/items/<int:item_id>")
def item(req, item_id):
    if item_id not in ITEMS:
        raise HTTPError(404, f"item {item_id} not found")
    return Response(ITEMS[item_id])


@app.route("/items", methods=("POST",))
def create(req):
    data = req.json()
    if not isinstance(data, dict) or "name" not in data:
        raise HTTPError(422, "name is required")
    new = {"id": max(ITEMS) + 1, "name": data["name"], "price": data.get("price", 0)}
    ITEMS[new["id"]] = new
    return Response(new, 201, {"Location": f"/items/{new['id']}"})


@app.route("/files/<path:rest>")
def files(req, rest):
    return f"file {rest!r} parts={rest.split('/')}"


@app.route("/login", methods=("POST",))
def login(req):
    resp = Response("welcome", 303, {"Location": "/admin"})
    resp.set_cookie("session", "s3cret", path="/", httponly=True)
    return resp


@app.route("/admin/<slug:section>")
class Admin:
    def get(self, req, section):
        return {"section": section, "items": len(ITEMS)}

    def delete(self, req, section):
        ITEMS.clear()
        return Response("", 204)


@app.route("/crash")
def crash(req):
    return {"ratio": 1 / len(req.query)}


def client(method, url, body=None, cookies=None):
    parts = urlsplit(url)
    environ = {"REQUEST_METHOD": method, "PATH_INFO": parts.path, "QUERY_STRING": parts.query}
    data = json.dumps(body).encode() if isinstance(body, (dict, list)) else (body or b"")
    environ["wsgi.input"] = BytesIO(data)
    environ["CONTENT_LENGTH"] = str(len(data))
    if cookies:
        environ["HTTP_COOKIE"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    setup_testing_defaults(environ)
    captured = {}

    def start_response(status, headers):
        captured["status"], captured["headers"] = status, headers

    chunks = app(environ, start_response)
    text = b"".join(chunks).decode()
    hdrs = "; ".join(f"{k}: {v}" for k, v in captured["headers"] if k not in ("Content-Type",))
    print(f"{method:<6} {url:<34} {captured['status']:<26} {text[:70]}")
    print(f"{'':<41} [{hdrs}]")
    return captured, text


client("GET", "/?name=Ada&tag=a&tag=b")
client("GET", "/items/1")
client("GET", "/items/7")
client("GET", "/items/abc")
client("POST", "/items", {"name": "mixer", "price": 99})
client("POST", "/items", {"price": 1})
client("POST", "/items", b"{not json")
client("DELETE", "/items/1")
client("GET", "/files/" + quote("docs/read me.txt"))
client("GET", "/admin/stats")
status, _ = client("POST", "/login")
session = SimpleCookie(dict(status["headers"])["Set-Cookie"])
client("GET", "/admin/stats", cookies={k: m.value for k, m in session.items()})
client("DELETE", "/admin/stats", cookies={"session": "s3cret"})
client("GET", "/admin/Bad_Slug", cookies={"session": "s3cret"})
client("GET", "/crash")
client("GET", "/crash?x=1")
print("requests counted:", counter["requests"], "routes:", [r[4] for r in app.routes])
print("encoded:", urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), quote("/ä b/", safe="/"), unquote("%E2%82%AC"))
print("statuses:", [(s.value, s.phrase) for s in (HTTPStatus.OK, HTTPStatus.IM_A_TEAPOT, HTTPStatus(422))], HTTPStatus.NOT_FOUND.description)
c = SimpleCookie()
c["a"] = "x y"
c["a"]["max-age"] = 60
print("cookie:", c.output(), "|", repr(c["a"].value), c["a"].OutputString())
