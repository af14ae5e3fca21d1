# Pins down: async generators driven by hand (no event loop): asend/athrow/aclose awaitables
# stepped with send(None), StopIteration/StopAsyncIteration values, aclose while suspended in
# try/finally with an await inside finally, athrow caught and yielding a value, reusing an
# awaitable ("cannot reuse already awaited"), ag_running/ag_frame, yield in finally during aclose
# ("async generator ignored GeneratorExit"), and custom awaitables with __await__.
import types

class Tick:
    """A custom awaitable: yields one value to the driver and returns a result."""
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ('tick', self.v)
        return ('resumed', self.v, got)

@types.coroutine
def raw_yield(v):
    return (yield v)

def drive(aw, sends=()):
    """Step an awaitable to completion, returning what it yielded and its result or error."""
    yielded = []
    sends = list(sends)
    try:
        v = aw.send(None)
        while True:
            yielded.append(v)
            v = aw.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return yielded, 'return', e.value
    except StopAsyncIteration:
        return yielded, 'StopAsyncIteration', None
    except Exception as e:
        return yielded, type(e).__name__, str(e)

async def agen():
    try:
        r = await Tick(1)
        print('  agen got', r)
        x = yield 'first'
        print('  agen sent', x)
        try:
            yield 'second'
        except KeyError as e:
            print('  agen caught', repr(e))
            yield 'after-keyerror'
        yield 'third'
    finally:
        print('  agen finally start')
        await Tick('fin')
        print('  agen finally end')

print('--- asend steps')
g = agen()
print(drive(g.asend(None)))
print(drive(g.asend('hello')))
print('--- athrow caught')
print(drive(g.athrow(KeyError('k'))))
print('--- aclose with await in finally')
print(drive(g.aclose()))
print('--- after close')
print(drive(g.asend(None)))
print(drive(g.aclose()))

print('--- reuse of an awaitable')
g = agen()
a = g.asend(None)
print(drive(a))
try:
    a.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
print(drive(g.aclose()))

print('--- athrow on a fresh generator')
g = agen()
print(drive(g.athrow(ValueError('early'))))
print(drive(g.asend(None)))

print('--- yield in finally during aclose')
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
print(drive(g.asend(None)))
print(drive(g.aclose()))

print('--- StopAsyncIteration at end, return value not allowed')
async def short():
    yield 'only'
g = short()
print(drive(g.__anext__()))
print(drive(g.__anext__()))
try:
    exec("async def bad():\n    yield 1\n    return 2\n")
except SyntaxError as e:
    print('SyntaxError', e.msg)

print('--- async for over it inside a coroutine')
async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    out.append([v async for v in counter(2)])
    return out
async def counter(n):
    for i in range(n):
        await raw_yield(('step', i))
        yield i
print(drive(consume()))

print('--- ag attributes')
g = counter(1)
print(g.ag_running, g.ag_frame is not None, g.ag_code.co_name, g.__name__, g.__qualname__)
print(type(g.asend(None)).__name__, type(g.athrow(ValueError)).__name__)
print(drive(g.aclose()))
print(g.ag_frame)

print('--- athrow with a type and a value, deprecated forms')
g = counter(2)
print(drive(g.asend(None)))
print(drive(g.athrow(RuntimeError)))

print('--- awaiting a non-awaitable, __await__ returning a non-iterator')
class BadAwait:
    def __await__(self):
        return 5
async def use(x):
    return await x
print(drive(use(5)))
print(drive(use(BadAwait())))
print(drive(use(Tick(9)), sends=['S']))
