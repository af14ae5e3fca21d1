# Async iteration and context management written by hand: a class with __aiter__/__anext__
# raising StopAsyncIteration, an async generator with try/finally closed early by break (aclose
# at the loop's end), asend/athrow on an async generator, contextlib.asynccontextmanager with
# an exception inside the block, AsyncExitStack callbacks in reverse order, async
# comprehensions with filters, and aiter()/anext() with a default.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def numbers(limit, log):
    try:
        for i in range(limit):
            yield i
    finally:
        log.append("numbers finally")

async def echo(log):
    received = None
    while True:
        try:
            received = yield f"echo:{received}"
        except ValueError as e:
            log.append(f"handled {e}")
            received = "after-error"

@asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except ZeroDivisionError:
        log.append(f"{name} saw ZeroDivisionError")
        raise
    finally:
        log.append(f"close {name}")

async def main():
    print([x async for x in Ticker(4)], [x * 10 async for x in Ticker(5) if x % 2])
    log = []
    async for n in numbers(10, log):
        if n == 2:
            break
    print("after break", log)
    gen = numbers(3, log)
    print(await anext(gen), await anext(gen), await anext(gen), await anext(gen, "default"))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")
    e = echo(log)
    print(await e.asend(None), await e.asend("hi"), await e.athrow(ValueError("bad")), await e.asend("x"))
    await e.aclose()
    try:
        await e.asend("more")
    except StopAsyncIteration:
        print("closed echo")
    async with resource("db", log) as r:
        print("using", r)
    try:
        async with resource("cache", log):
            1 / 0
    except ZeroDivisionError:
        print("propagated")
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a", log))
        b = await stack.enter_async_context(resource("b", log))
        stack.callback(log.append, "sync callback")
        async def acb(msg):
            log.append(msg)
        stack.push_async_callback(acb, "async callback")
        print("stack holds", a, b)
    for line in log:
        print(" ", line)
    it = aiter(Ticker(2))
    print(it.__class__.__name__, await anext(it), await anext(it), await anext(it, None))
    try:
        aiter([1])
    except TypeError as err:
        print("TypeError:", err)
    try:
        await anext(Ticker)
    except TypeError as err:
        print("TypeError:", err)

asyncio.run(main())
