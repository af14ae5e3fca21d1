# yield from delegation: send, throw, close passed through, return values, StopIteration values
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

data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for value in values:
        group.send(value)
    group.send(None)
for k, (count, avg) in sorted(results.items()):
    print(f"{count:2} {k.split(';')[0]:5} averaging {avg:.2f}{k.split(';')[1]}")

class Stop(Exception):
    pass

def inner():
    try:
        while True:
            try:
                x = yield
                print("inner got", x)
            except Stop as e:
                print("inner handled", e)
                yield "recovered"
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("never", r)

g = outer()
next(g)
g.send(1)
print("throw ->", g.throw(Stop("s1")))
g.send(2)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print("closed state:", g.gi_frame is None)

def sub():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("sub closing")
        raise

def deleg():
    try:
        yield from sub()
    except GeneratorExit:
        print("deleg closing")
        raise

d = deleg()
print(next(d))
d.close()
print("after close")

def returns():
    yield 1
    return "done"

def catcher():
    v = yield from returns()
    yield f"got {v}"

print(list(catcher()))
gen = returns()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)

def ignore_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "nope"
ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# yield from over a plain iterator: send() non-None fails with AttributeError
def over_list():
    yield from [1, 2, 3]
ol = over_list()
next(ol)
try:
    ol.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# gi_yieldfrom
dd = deleg()
next(dd)
print(type(dd.gi_yieldfrom).__name__, dd.gi_yieldfrom.__name__)
print(dd.gi_running, dd.gi_suspended if hasattr(dd, "gi_suspended") else "-")
