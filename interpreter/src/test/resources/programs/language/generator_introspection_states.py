# Generator and coroutine introspection as debuggers use it: gi_frame/gi_running/gi_yieldfrom/
# gi_suspended (via inspect.getgeneratorstate), f_lasti moving, f_locals of a suspended frame,
# gi_frame None once finished, "generator already executing" from inside, cr_await/cr_origin,
# and the names and qualnames kept by generators of nested functions.
import inspect, types

def inner():
    x = yield 'i1'
    yield f'i2:{x}'
    return 'inner-done'

def outer():
    r = yield from inner()
    yield r

g = outer()
print(inspect.getgeneratorstate(g), g.gi_frame is not None, g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_frame.f_code.co_name)
print(g.gi_running, inspect.getgeneratorstate(g))
print(g.send('S'))
print(inspect.getgeneratorlocals(g.gi_yieldfrom))
print(next(g), g.gi_yieldfrom)
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(inspect.getgeneratorstate(g), g.gi_frame, g.gi_yieldfrom)

def selfref():
    yield gen.gi_running
    try:
        next(gen)
    except ValueError as e:
        yield str(e)
gen = selfref()
print(list(gen))

def local_state(n):
    total = 0
    for i in range(n):
        total += i
        yield total
ls = local_state(4)
next(ls); next(ls)
fr = ls.gi_frame
print(sorted(fr.f_locals.items()), fr.f_lineno - fr.f_code.co_firstlineno, fr.f_back)
ls.close()
print(ls.gi_frame, inspect.getgeneratorstate(ls))

class Outer:
    def method(self):
        def nested():
            yield 1
        return nested()
ng = Outer().method()
print(ng.__name__, ng.__qualname__, ng.gi_code.co_name)
ng.__name__ = 'renamed'
print(ng.__name__, repr(ng).split(' at ')[0])
try:
    ng.__name__ = 5
except TypeError as e:
    print('TypeError', e)

async def leaf():
    return 7

class Awaitable:
    def __await__(self):
        v = yield 'suspend'
        return v

async def coro():
    a = await leaf()
    b = await Awaitable()
    return a + b

c = coro()
print(inspect.getcoroutinestate(c), c.cr_await, c.cr_running)
print(c.send(None), type(c.cr_await).__name__, inspect.getcoroutinestate(c))
try:
    c.send(35)
except StopIteration as e:
    print('StopIteration', e.value)
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_origin)
c2 = coro()
print(c2.__qualname__, c2.cr_code.co_flags & inspect.CO_COROUTINE != 0)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
gi = (x for x in 'ab')
print(gi.__name__, gi.__qualname__, inspect.isgenerator(gi), next(gi), list(gi))
@types.coroutine
def legacy():
    yield 'legacy'
    return 'ok'
async def use_legacy():
    return await legacy()
u = use_legacy()
print(u.send(None), type(u.cr_await).__name__)
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
