# Generators as coroutines: send, throw, close, return values through yield from, and finally blocks.
def averager():
    total = count = 0
    avg = None
    try:
        while True:
            value = yield avg
            if value is None:
                break
            total += value
            count += 1
            avg = total / count
    except GeneratorExit:
        print("averager closed")
        raise
    finally:
        print("averager finally")
    return (count, avg)

a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
a.close()
print("state after close", a.gi_frame)

def delegator(results):
    while True:
        result = yield from averager()
        results.append(result)

results = []
d = delegator(results)
next(d)
for v in (1, 2, 3):
    d.send(v)
d.send(None)
print("results", results)

def guarded():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"

g = guarded()
next(g)
g.send("a")
print(g.throw(ValueError("bad")))
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_running, g.gi_frame)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def ret():
    yield 1
    return "done"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value", e.value)
print(list(ret()))
