# Generator-based coroutines with send(): a running average, a filter pipeline, and close/throw handling.
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
for v in [10, 20, 30]:
    print(a.send(v))
print(a.throw(ValueError("bad sensor")))
print(a.send(5))
a.close()
try:
    a.send(1)
except StopIteration:
    print("closed: StopIteration")

def coroutine(fn):
    def start(*args, **kw):
        g = fn(*args, **kw)
        next(g)
        return g
    return start

@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    except GeneratorExit:
        print("  grep closing")
        target.close()
        raise

@coroutine
def collect(out):
    try:
        while True:
            out.append((yield))
    finally:
        print("  collector done with", len(out), "items")

found = []
g = grep("py", collect(found))
for line in ["python is fun", "java", "pypy is fast", "rust"]:
    g.send(line)
g.close()
print(found, g.gi_frame, g.gi_running)

def delegator():
    result = yield from averager_until_none()
    print("  subgenerator returned", result)
    yield "done"

def averager_until_none():
    values = []
    while (v := (yield)) is not None:
        values.append(v)
    return sum(values) / len(values)

d = delegator()
next(d)
for v in [1, 2, 3, 4]:
    d.send(v)
print(d.send(None))
