# asyncio coordination: a Condition-guarded buffer, Semaphore-limited fetchers, an Event start signal, Barrier rounds, and cancellation of a hung task with cleanup
import asyncio

class Buffer:
    def __init__(self, size):
        self.items, self.size = [], size
        self.cond = asyncio.Condition()
    async def put(self, x):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(x)
            self.cond.notify_all()
    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x

async def main():
    buf = Buffer(2)
    got = []
    async def consumer():
        for _ in range(6):
            got.append(await buf.get())
    async def producer():
        for i in range(6):
            await buf.put(i)
    await asyncio.gather(consumer(), producer())
    print("buffer order", got)

    sem = asyncio.Semaphore(2)
    active = peak = 0
    async def fetch(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
            return i * 10
    print(await asyncio.gather(*(fetch(i) for i in range(6))), "peak", peak)

    start = asyncio.Event()
    order = []
    async def runner(name):
        await start.wait()
        order.append(name)
    tasks = [asyncio.create_task(runner(n)) for n in "abc"]
    await asyncio.sleep(0)
    print("before set", order, start.is_set())
    start.set()
    await asyncio.gather(*tasks)
    print("after set", order)

    barrier = asyncio.Barrier(3)
    log = []
    async def phase(name):
        for r in range(2):
            log.append(f"{name}{r}")
            idx = await barrier.wait()
            if idx == 0:
                log.append(f"round {r} done")
    await asyncio.gather(*(phase(n) for n in "xyz"))
    print(log)

    cleanup = []
    async def hung():
        try:
            await asyncio.Event().wait()
        finally:
            cleanup.append("hung cleaned")
    t = asyncio.create_task(hung(), name="hung-task")
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.get_name(), cleanup, t.cancelled())
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
