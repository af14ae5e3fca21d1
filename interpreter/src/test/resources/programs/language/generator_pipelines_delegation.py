# Generator pipelines as David Beazley's courses build them: a log parser of chained generator
# expressions, a broadcaster coroutine fanning out with send, yield from returning a sub-result,
# throw() propagating into the innermost delegated generator and being handled there, close()
# running finally blocks down the chain, gi_yieldfrom/gi_running/gi_frame, and a generator
# returning early from a with block.
import inspect
from contextlib import contextmanager

LOG = """\
127.0.0.1 - GET /index.html 200 1043
10.0.0.2 - GET /missing 404 -
127.0.0.1 - POST /api 500 23
10.0.0.2 - GET /about 200 2000
"""

def lines(text):
    for line in text.splitlines():
        yield line

def fields(rows):
    return (row.split() for row in rows)

def records(parts):
    return ({"host": p[0], "method": p[2], "path": p[3], "status": int(p[4]),
             "bytes": 0 if p[5] == "-" else int(p[5])} for p in parts)

recs = list(records(fields(lines(LOG))))
print(sum(r["bytes"] for r in recs), [r["path"] for r in recs if r["status"] >= 400])
print(max(recs, key=lambda r: r["bytes"])["path"], {r["host"] for r in recs})

def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start

@coroutine
def collector(name, out):
    try:
        while True:
            item = yield
            out.append((name, item))
    finally:
        out.append((name, "closed"))

@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()

out = []
b = broadcast([collector("a", out), collector("b", out)])
for x in (1, 2):
    b.send(x)
b.close()
print(out)

def inner(log):
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError as e:
                log.append(f"inner handled {e}")
                continue
            if v is None:
                return total
            total += v
    finally:
        log.append("inner finally")

def outer(log):
    try:
        result = yield from inner(log)
        log.append(f"inner returned {result}")
        yield f"after {result}"
    finally:
        log.append("outer finally")

log = []
g = outer(log)
print(next(g), g.send(5), g.send(7))
print(g.gi_yieldfrom.__name__, inspect.getgeneratorstate(g), g.gi_frame.f_lineno > 0)
print(g.throw(ValueError("oops")))
print(g.send(None))
print(g.gi_yieldfrom, inspect.getgeneratorstate(g))
g.close()
print(log, g.gi_frame)

log = []
g2 = outer(log)
next(g2); g2.send(1)
g2.close()
print(log)
g3 = outer(log := [])
next(g3)
try:
    g3.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped:", e, log)

@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    yield
    log.append(f"</{name}>")

def early(log):
    with tag("gen", log):
        yield 1
        return "early"
    yield 2

log = []
g4 = early(log)
print(next(g4))
try:
    next(g4)
except StopIteration as e:
    print("StopIteration value:", e.value, log)

def running():
    yield g5.gi_running
g5 = running()
print(next(g5), g5.gi_running)
def selfref():
    yield next(g6)
g6 = selfref()
try:
    next(g6)
except ValueError as e:
    print("ValueError:", e)
