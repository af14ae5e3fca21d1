# TaskGroup with failures (ExceptionGroup of the errors, siblings cancelled), asyncio.timeout, async with/for
import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print(f"open {self.name}")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print(f"close {self.name} exc={et.__name__ if et else None}")
        return False

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled by group")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0))
        t2 = tg.create_task(job("b", 0.001))
    print("all done:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok-slow", 1))
            tg.create_task(job("bad1", 0, fail=True))
            tg.create_task(job("bad2", 0, fail=True))
    except* ValueError as eg:
        print("group errors:", sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout:", type(e).__name__, cm.expired())
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())

    async with Resource("db") as r, Resource("cache"):
        async for tick in Ticker(3):
            print("tick", tick, r.name)
    try:
        async with Resource("failing"):
            raise KeyError("boom")
    except KeyError as e:
        print("propagated", e)
    print([x async for x in Ticker(4) if x % 2 == 0])
    print(await asyncio.wait_for(job("quick", 0), timeout=1))
    try:
        await asyncio.wait_for(job("slow", 1), timeout=0.001)
    except asyncio.TimeoutError:
        print("wait_for timed out")

    async def agen():
        try:
            for i in range(5):
                yield i
        finally:
            print("agen finalized")
    ag = agen()
    async for v in ag:
        if v == 2:
            break
    await ag.aclose()
    print(await anext(aiter(Ticker(1))), await anext(agen(), "default"))

asyncio.run(main())
