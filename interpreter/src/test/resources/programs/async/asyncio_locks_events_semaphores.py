# asyncio synchronisation: Lock fairness, Event, Condition, Semaphore limits, BoundedSemaphore errors, Barrier
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    async def critical(name):
        async with lock:
            order.append(f"{name}+")
            await asyncio.sleep(0)
            order.append(f"{name}-")
    await asyncio.gather(*(critical(n) for n in "abc"))
    print(order, lock.locked())

    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return f"w{i} saw event"
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set?", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ts))
    ev.clear()
    print("cleared", ev.is_set())

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0)
            active -= 1
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak concurrency", peak, sem.locked())

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return f"c{i} got {items.pop()}"
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["x", "y"])
        cond.notify_all()
    print(sorted(await asyncio.gather(*cs)))

    barrier = asyncio.Barrier(3)
    async def party(i):
        pos = await barrier.wait()
        return pos
    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))), barrier.parties, barrier.n_waiting)

    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(lock).endswith("[unlocked]>"), "[set]" in repr(ev) or "[unset]" in repr(ev))

asyncio.run(main())
