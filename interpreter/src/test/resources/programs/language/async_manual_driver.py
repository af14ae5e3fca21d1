# async with / async for / async comprehensions and async generators driven by hand (no asyncio):
# a tiny trampoline that sends into coroutines, athrow/aclose and their states, ag_running/
# ag_frame/ag_await, StopAsyncIteration ending async for, errors from __aexit__ suppression,
# and the messages for awaiting things that are not awaitable.
import types

class Sleep:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

def run(coro):
    events, value = [], None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return events, e.value
        events.append(req)
        value = f'ok-{req}'

class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Sleep(f'open-{self.name}')
        return self
    async def __aexit__(self, et, ev, tb):
        await Sleep(f'close-{self.name}')
        print('aexit', self.name, et.__name__ if et else None)
        return self.suppress

async def ticker(n):
    for i in range(n):
        got = await Sleep(f'tick{i}')
        yield i, got

async def main():
    out = []
    async with Resource('a') as ra, Resource('b', suppress=True):
        out.append(ra.name)
        raise KeyError('swallowed')
    async for i, got in ticker(2):
        out.append((i, got))
    out.append([i async for i, _ in ticker(3) if i != 1])
    out.append({i: g async for i, g in ticker(1)})
    out.append([await Sleep(f'w{x}') for x in range(2)])
    return out

print(run(main()))

async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f'caught {e}'
    finally:
        print('agen finally')

ag = agen()
print(type(ag).__name__, ag.ag_running, ag.ag_frame is not None, ag.ag_await)
print(run(ag.__anext__()))
print(run(ag.athrow(ValueError('boom'))))
print(run(ag.aclose()))
print(ag.ag_frame)
try:
    run(ag.__anext__())
except StopAsyncIteration as e:
    print('StopAsyncIteration', repr(e))

async def agen2():
    try:
        yield 'x'
    finally:
        yield 'y'
ag2 = agen2()
run(ag2.__anext__())
try:
    run(ag2.aclose())
except RuntimeError as e:
    print('RuntimeError', e)

async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print('TypeError', e)

async def bad_async_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_async_for())
except TypeError as e:
    print('TypeError', e)

async def bad_async_with():
    async with Resource:
        pass
try:
    run(bad_async_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 5
async def bad_await2():
    await BadAwait()
try:
    run(bad_await2())
except TypeError as e:
    print('TypeError', e)
print(run(types.coroutine(lambda: (yield 'gen-based'))()))
