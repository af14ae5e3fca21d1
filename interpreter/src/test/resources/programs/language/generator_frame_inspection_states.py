# Pins down: what a suspended generator's and coroutine's frame shows: gi_frame.f_lineno at each
# yield, f_locals snapshots (including cells and the hidden '.0' of a genexp), f_back None while
# suspended and the caller's frame while running, f_code identity, frame attributes after the
# generator finished (gi_frame None), sys._getframe inside a generator, frame.clear() of a
# suspended generator's frame (RuntimeError) and of a finished one, and inspect states.
import inspect
import sys

def gen(n):
    total = 0
    captured = 'cell'
    def use():
        return captured
    for i in range(n):
        total += i
        got = yield i
    yield 'last'
    return total

g = gen(3)
print('created', g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals), g.gi_frame.f_back, inspect.getgeneratorstate(g))
print(next(g), g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items(), key=lambda kv: kv[0])[:3])
loc = g.gi_frame.f_locals
print({k: loc[k] for k in ('i', 'total', 'n', 'captured')}, 'use' in loc)
print(g.send('A'), g.gi_frame.f_locals['got'], g.gi_frame.f_locals['i'])
print(inspect.getgeneratorlocals(g)['total'])
print(g.gi_frame.f_code is gen.__code__, g.gi_code is gen.__code__, g.gi_frame.f_code.co_name)
try:
    g.gi_frame.clear()
except RuntimeError as e:
    print('RuntimeError', e)
print(list(g), g.gi_frame, inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))

def introspect():
    me = sys._getframe()
    caller = me.f_back
    yield me.f_code.co_name, caller.f_code.co_name if caller else None, me.f_lineno
    yield me.f_back is None if False else (me.f_back.f_code.co_name if me.f_back else None)
def driver():
    it = introspect()
    first = next(it)
    frame = it.gi_frame
    back_while_suspended = frame.f_back
    second = next(it)
    return first, back_while_suspended, second
print(driver())

ge = (x * 2 for x in range(3))
print(sorted(ge.gi_frame.f_locals), ge.gi_frame.f_lineno)
next(ge)
print(sorted(ge.gi_frame.f_locals))

def running_state():
    yield inspect.getgeneratorstate(me), me.gi_running
me = running_state()
print(next(me), me.gi_running)

async def coro():
    x = 1
    await Never()
class Never:
    def __await__(self):
        yield 'suspend'
c = coro()
print(inspect.getcoroutinestate(c), c.cr_frame.f_lineno, c.cr_await)
print(c.send(None), inspect.getcoroutinestate(c), c.cr_frame.f_lineno, type(c.cr_await).__name__, c.cr_frame.f_locals.get('x'))
c.close()
print(inspect.getcoroutinestate(c), c.cr_frame)

# frame.clear on a finished generator's frame, kept via traceback
def fails():
    local_value = 'kept'
    yield 1
    raise ValueError('done')
g = fails()
next(g)
try:
    next(g)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    fr = tb.tb_frame
    print(fr.f_code.co_name, fr.f_locals.get('local_value'), fr.f_lineno)
    fr.clear()
    print('after clear', fr.f_locals)
print(g.gi_frame, inspect.getgeneratorstate(g))

# f_lineno of a generator paused in a multi-line expression and after yield from
def multi():
    r = (
        yield
        'multi'
    )
    yield from [
        'a',
        'b',
    ]
m = multi()
next(m)
print(m.gi_frame.f_lineno)
m.send(None)
print(m.gi_frame.f_lineno, next(m), m.gi_frame.f_lineno)
