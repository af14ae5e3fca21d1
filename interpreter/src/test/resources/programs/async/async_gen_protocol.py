# An async generator driven by hand: __anext__/asend give awaitables whose StopIteration carries
# the yielded value; the end is StopAsyncIteration; athrow and aclose.
import types


@types.coroutine
def tick():
    yield 'tick'


async def agen():
    try:
        x = yield 1
        print('received', x)
        await tick()
        yield 2
    finally:
        print('agen finally')


def step(awaitable):
    out = []
    try:
        while True:
            out.append(awaitable.send(None))
    except StopIteration as e:
        out.append(('value', e.value))
    except StopAsyncIteration:
        out.append('StopAsyncIteration')
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


g = agen()
print(type(g).__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_frame is not None)
a = g.__anext__()
print(type(a).__name__, step(a))
print(step(a))
print(step(g.asend('hello')))
print(step(g.__anext__()))
print(step(g.__anext__()))
print('frame', g.ag_frame)

g = agen()
print(step(g.__anext__()))
print(step(g.athrow(ValueError('boom'))))
print(step(g.__anext__()))

g = agen()
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(g.aclose()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
print(step(g.__anext__()))
print(step(g.aclose()))


async def raises_stop():
    yield 1
    raise StopAsyncIteration

g = raises_stop()
print(step(g.__anext__()))
print(step(g.__anext__()))
