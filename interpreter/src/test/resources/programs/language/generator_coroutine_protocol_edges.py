# Generators as coroutines: send before start, close with GeneratorExit caught then yielding
# again, close returning after a caught GeneratorExit, throw with a traceback and its frames,
# yield from delegating throw/close to a plain iterator (with and without those methods),
# StopIteration in a generator (PEP 479), and running / finished generator errors.
import traceback, sys

def echo():
    got = None
    while True:
        got = yield got
g = echo()
try:
    g.send(1)
except TypeError as e:
    print('TypeError:', e)
print(g.send(None), g.send(2), g.send(3))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('  caught GeneratorExit')
        yield 'again'
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print(s.gi_frame is None, s.gi_running)

def polite():
    try:
        yield 1
    except GeneratorExit:
        print('  cleanup then return')
        return 'ignored value'
p = polite(); next(p)
print(p.close(), p.close())
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError('during close')
r = raises_other(); next(r)
try:
    r.close()
except ValueError as e:
    print('ValueError:', e, type(e.__context__).__name__)

def catcher():
    while True:
        try:
            yield 'waiting'
        except KeyError as e:
            tb = sys.exc_info()[2]
            print('  caught', repr(e), [f.name for f in traceback.extract_tb(tb)])
c = catcher(); next(c)
print(c.throw(KeyError('k')))
print(c.throw(KeyError, 'k2'))
print(c.throw(KeyError, KeyError('k3')))
try:
    raise KeyError('with tb')
except KeyError as exc:
    print(c.throw(exc))
try:
    c.throw(ValueError, 'v', 5)
except TypeError as e:
    print('TypeError:', e)
try:
    c.throw(1)
except TypeError as e:
    print('TypeError:', e)
try:
    c.throw(ValueError('x'), 'extra')
except TypeError as e:
    print('TypeError:', e)
try:
    c.throw(IndexError('escapes'))
except IndexError as e:
    print('IndexError:', e, [f.name for f in traceback.extract_tb(e.__traceback__)])
print(c.gi_frame is None)

class PlainIter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration('done')
        return self.n
class ThrowableIter(PlainIter):
    def throw(self, typ, val=None, tb=None):
        print('  delegate throw', typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        return 'thrown-value'
    def close(self):
        print('  delegate close')
def deleg(it):
    result = yield from it
    print('  result', result)
    yield 'after'
d = deleg(PlainIter()); next(d)
try:
    d.throw(OSError('plain'))
except OSError as e:
    print('OSError:', e)
d = deleg(ThrowableIter()); next(d)
print(d.throw(OSError('x')), next(d))
d.close()
d = deleg(PlainIter())
print(list(d))
d = deleg(iter([1, 2])); next(d)
d.close()
print(d.gi_frame is None)

def leaks_stop():
    yield 1
    raise StopIteration('inner')
try:
    list(leaks_stop())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
def next_on_empty():
    yield next(iter([]))
try:
    next(next_on_empty())
except RuntimeError as e:
    print('RuntimeError:', e)
def ret_value():
    yield 1
    return [1, 2]
it = ret_value(); next(it)
try:
    next(it)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print('ValueError:', e)
try:
    next(it)
except StopIteration as e:
    print('exhausted', e.value, e.args)
def self_yield_from():
    yield from gs
gs = self_yield_from()
try:
    next(gs)
except ValueError as e:
    print('ValueError:', e)
print(repr(g.gi_code.co_name), g.gi_frame.f_lineno if g.gi_frame else None)
