# async generators: aclose running finally, athrow handled and re-yielding, asend values, async for over a class with __aiter__/__anext__, async comprehension with await in filter, contextvars per task
import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default="-")

async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("ticker received", got)
            await asyncio.sleep(0)
    except ValueError as e:
        print("ticker handled", e)
        yield "recovered"
    finally:
        print("ticker finally")

class AsyncRange:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0

async def handler(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    return f"{rid} sees {request_id.get()}"

async def main():
    g = ticker(10)
    print(await g.__anext__(), await g.asend("hello"), await g.asend(None))
    print(await g.athrow(ValueError("bad tick")))
    await g.aclose()
    print("after aclose", g.ag_running, g.ag_frame is None)
    async for v in ticker(2):
        print("loop", v)
    print([x async for x in AsyncRange(6) if await is_even(x)])
    print({x: x * x async for x in AsyncRange(3)})
    results = await asyncio.gather(handler("A", 0.01), handler("B", 0), handler("C", 0.005))
    print(results, request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "inside")
    print(ctx[request_id], request_id.get(), list(ctx.keys()) == [request_id])
    g2 = ticker(3)
    await g2.__anext__()
    try:
        await g2.athrow(KeyError("unhandled"))
    except KeyError as e:
        print("athrow propagated", e)
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    async def bad_gen():
        try:
            yield 1
        finally:
            yield 2
    b = bad_gen()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(type(ticker).__name__, type(ticker(1)).__name__, ticker.__code__.co_flags & 0x200 != 0)

asyncio.run(main())
