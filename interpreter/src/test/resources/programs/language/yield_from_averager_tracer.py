# generators: yield from returning values, send/throw/close through two levels, GeneratorExit handling, StopIteration value
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

def tracer():
    try:
        while True:
            try:
                x = yield
                print("tracer got", x)
            except ValueError as e:
                print("tracer handled", e)
    except GeneratorExit:
        print("tracer closing")
        raise
    finally:
        print("tracer finally")

def outer():
    r = yield from tracer()
    print("never", r)

data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
results = {}
for key, values in data.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        print(key, g.send(v))
    g.send(None)
print(results)

o = outer()
next(o)
o.send(1)
o.throw(ValueError("vv"))
o.send(2)
o.close()
print(o.gi_frame is None)

def gen_ret():
    yield 1
    return "done"
g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value, e.args)

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

def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("early"))
except KeyError as e:
    print("unstarted throw:", repr(e), t.gi_frame)
