# An asyncio pipeline: a producer feeding an asyncio.Queue, three consumers with task names,
# queue.join and task cancellation, gather with return_exceptions, wait_for timeouts,
# a Semaphore limiting concurrency, an Event, TaskGroup collecting failures (except*), as_completed
# order by sleep time, and an unhandled error in asyncio.run at the end.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    print("produced", n)

async def consumer(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * (item % 3))
        results.append((name, item * item))
        q.task_done()

async def limited(sem, i, active, peak):
    async with sem:
        active.append(i)
        peak[0] = max(peak[0], len(active))
        await asyncio.sleep(0.002)
        active.remove(i)
        return i * 10

async def fails(n):
    await asyncio.sleep(0.001 * n)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n

async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(consumer(f"w{i}", q, results), name=f"worker-{i}") for i in range(3)]
    await producer(q, 9)
    await q.join()
    for w in workers:
        w.cancel()
    done = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(v for _, v in results), [type(d).__name__ for d in done], q.empty(), q.qsize())
    print(sorted(w.get_name() for w in workers), all(w.cancelled() for w in workers))

    sem, active, peak = asyncio.Semaphore(2), [], [0]
    print(await asyncio.gather(*(limited(sem, i, active, peak) for i in range(6))), "peak", peak[0])
    print(await asyncio.gather(*(fails(n) for n in range(4)), return_exceptions=True))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "released"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(t.done(), ev.is_set())
    ev.set()
    print(await t)
    order = []
    for fut in asyncio.as_completed([asyncio.sleep(0.03, "slow"), asyncio.sleep(0.01, "fast"), asyncio.sleep(0.02, "mid")]):
        order.append(await fut)
    print(order)
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(2):
                tg.create_task(fails(n))
    except* ValueError as eg:
        print("group:", sorted(str(e) for e in eg.exceptions))
    raise RuntimeError("pipeline stopped")

asyncio.run(main())
