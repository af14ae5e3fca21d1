# Generator-based coroutines wired into a pipeline (David Beazley style): a priming decorator,
# send() through stages, throw() used to signal a flush, yield from delegating to a sub-coroutine
# that returns a summary, close() propagating GeneratorExit down the chain in order, and the
# errors of a finished coroutine and of a stage raising mid-stream.
import functools
def coroutine(fn):
    @functools.wraps(fn)
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
class Flush(Exception): pass
log = []
@coroutine
def sink(name):
    try:
        while True:
            item = yield
            log.append((name, item))
    except GeneratorExit:
        log.append((name, 'closed'))
        raise
@coroutine
def batcher(size, target):
    buf = []
    try:
        while True:
            try:
                buf.append((yield))
                if len(buf) == size:
                    target.send(tuple(buf)); buf.clear()
            except Flush:
                if buf:
                    target.send(tuple(buf)); buf.clear()
    finally:
        log.append(('batcher', 'finally', list(buf)))
        target.close()
def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            break
        total += value; count += 1
    return (count, total / count if count else None)
@coroutine
def grouper(results, key):
    while True:
        results[key] = yield from averager()
@coroutine
def router(targets):
    while True:
        k, v = yield
        targets[k].send(v)

out = sink('out')
b = batcher(3, out)
for i in range(7):
    b.send(i)
b.throw(Flush)
b.send(99)
b.close()
print(log)
print(b.gi_frame, out.gi_frame)
try:
    b.send(1)
except StopIteration as e:
    print('StopIteration', e.args)
results = {}
groups = {k: grouper(results, k) for k in ('a', 'b')}
r = router(groups)
for k, v in [('a', 1), ('b', 10), ('a', 3), ('b', 20), ('a', None), ('b', None), ('a', 7), ('a', None)]:
    r.send((k, v))
print(results)
try:
    r.send(('c', 1))
except KeyError as e:
    print('KeyError:', e, r.gi_frame is None)
@coroutine
def fragile():
    while True:
        x = yield
        print('  got', 10 // x)
f = fragile()
f.send(5)
try:
    f.send(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e, f.gi_frame is None)
try:
    f.send(1)
except StopIteration:
    print('dead coroutine raises StopIteration')
@coroutine
def stubborn():
    while True:
        try:
            yield
        except Flush:
            print('  stubborn ignores Flush')
s = stubborn()
s.throw(Flush)
s.throw(Flush())
try:
    s.throw(Flush, Flush('x'), None)
except TypeError as e:
    print('TypeError:', e)
print(s.throw(Flush, 'arg'), s.gi_running, s.gi_suspended if hasattr(s, 'gi_suspended') else '', s.__name__, s.__qualname__)
print(coroutine.__name__, sink.__name__, sink.__wrapped__.__name__, getattr(sink, '__qualname__'))
s.close()
print('closed before exit:', s.gi_frame is None)
