# generator pipelines (Beazley style): log parsing with chained generators, close() propagation, generator state inspection, send-driven coroutine sinks
import inspect, io

LOG = """127.0.0.1 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2023:13:55:40] "POST /api/login HTTP/1.1" 401 12
10.0.0.2 - - [10/Oct/2023:13:55:41] "POST /api/login HTTP/1.1" 200 64
192.168.1.9 - - [10/Oct/2023:13:56:02] "GET /missing HTTP/1.1" 404 -
127.0.0.1 - - [10/Oct/2023:13:57:10] "GET /big.iso HTTP/1.1" 200 734003200
"""

def lines(f):
    for line in f:
        yield line.rstrip("\n")

def fields(lines):
    for line in lines:
        host, _, _, rest = line.split(" ", 3)
        request = rest[rest.index('"') + 1: rest.rindex('"')]
        status, size = rest.rsplit(" ", 2)[-2:]
        yield {"host": host, "request": request, "status": int(status), "size": 0 if size == "-" else int(size)}

def where(rows, pred):
    return (r for r in rows if pred(r))

rows = list(fields(lines(io.StringIO(LOG))))
print(sum(r["size"] for r in rows), max(rows, key=lambda r: r["size"])["request"])
print([r["host"] for r in where(rows, lambda r: r["status"] >= 400)])
print(sorted({r["host"] for r in rows}), sorted({r["status"] for r in rows}))

def coroutine(fn):
    def start(*a, **kw):
        g = fn(*a, **kw)
        next(g)
        return g
    return start

@coroutine
def counter_sink(results):
    counts = {}
    try:
        while True:
            key = yield
            counts[key] = counts.get(key, 0) + 1
    finally:
        results.update(counts)
        print("sink closed")

@coroutine
def router(target, key):
    try:
        while True:
            row = yield
            target.send(row[key])
    except GeneratorExit:
        target.close()
        raise

res = {}
sink = counter_sink(res)
r = router(sink, "status")
for row in rows:
    r.send(row)
print(inspect.getgeneratorstate(r))
r.close()
print(res, inspect.getgeneratorstate(r), inspect.getgeneratorstate(sink))

def numbered():
    n = 0
    while True:
        got = yield n
        n = got if got is not None else n + 1
g = numbered()
print(inspect.getgeneratorstate(g), next(g), g.send(10), next(g), inspect.getgeneratorstate(g))
print(g.gi_frame.f_locals, g.gi_code.co_name, g.gi_running, g.gi_yieldfrom)
try:
    g.send(None) and g.throw(ValueError)
except ValueError:
    print("thrown through", inspect.getgeneratorstate(g))
def chain_gen(*its):
    for it in its:
        yield from it
print(list(chain_gen("ab", range(2), (x * 2 for x in "c"))))
flat = lambda xs: (y for x in xs for y in (flat(x) if isinstance(x, list) else [x]))
print(list(flat([1, [2, [3, [4]], 5], [[6]]])))
