# Fluent Python's running averager coroutines: priming, send, a sentinel ending the loop and
# its return value through StopIteration and yield from, throw() handled inside, close() and
# GeneratorExit, grouping results with a delegating generator. The last grouper stays suspended
# until exit: CPython's collector closes it with the module's globals still set; without one (and
# under marksweep) the main module's dict is cleared name by name first, so its `except
# DemoException` meets None and the close is reported as ignored.
# refcount: expect averager_coroutines.refcount.err
# marksweep: expect averager_coroutines.marksweep.err
from collections import namedtuple
import inspect

Result = namedtuple("Result", "count average")

class DemoException(Exception):
    pass

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            term = yield average
        except DemoException:
            print("*** DemoException handled. Continuing...")
            continue
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return Result(count, average)

coro = averager()
print(inspect.getgeneratorstate(coro))
print(next(coro))
print(inspect.getgeneratorstate(coro))
for x in (10, 30, 5):
    print("avg", coro.send(x))
print(coro.throw(DemoException))
print(coro.send(15))
try:
    coro.send(None)
except StopIteration as exc:
    print("returned", exc.value)
print(inspect.getgeneratorstate(coro))

def grouper(results, key):
    while True:
        results[key] = yield from averager()

data = {
    "girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5],
    "girls;m": [1.6, 1.51, 1.4, 1.3, 1.41, 1.39, 1.33, 1.46, 1.45, 1.43],
    "boys;kg": [39.0, 40.8, 43.2, 40.8, 43.1, 38.6, 41.4, 40.6, 36.3],
    "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46],
}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for key in sorted(results):
    r = results[key]
    g, unit = key.split(";")
    print(f"{r.count:2} {g:5} averaging {r.average:.2f}{unit}")

c2 = averager()
next(c2)
c2.send(3)
c2.close()
print(inspect.getgeneratorstate(c2))
try:
    c2.send(4)
except StopIteration as e:
    print("closed coroutine:", repr(e.value))

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

c3 = averager(); next(c3)
try:
    c3.throw(ZeroDivisionError("stop"))
except ZeroDivisionError as e:
    print("propagated:", e, inspect.getgeneratorstate(c3))
