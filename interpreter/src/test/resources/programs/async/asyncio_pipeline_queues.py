# asyncio producer/consumer pipeline: Queue with maxsize, task_done/join, sentinel shutdown, gather results
import asyncio

async def producer(q, n, name):
    for i in range(n):
        await q.put((name, i))
        print(f"{name} put {i} (size {q.qsize()})")
    print(f"{name} done")

async def worker(q, out, wid):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(f"worker {wid} stopping")
            return wid
        name, i = item
        await asyncio.sleep(0)
        out.append(f"{name}{i}@w{wid}")
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    workers = [asyncio.create_task(worker(q, out, w), name=f"w{w}") for w in range(2)]
    await asyncio.gather(producer(q, 3, "a"), producer(q, 2, "b"))
    await q.join()
    print("joined, processed:", out)
    for _ in workers:
        await q.put(None)
    res = await asyncio.gather(*workers)
    print("workers returned", res, [t.get_name() for t in workers], all(t.done() for t in workers))
    pq = asyncio.PriorityQueue()
    for p in [5, 1, 3]:
        pq.put_nowait((p, f"job{p}"))
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for p in "abc":
        await lq.put(p)
    print([await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", full.full(), full.maxsize)
    try:
        await asyncio.wait_for(full.put(3), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("put timed out", type(e).__name__)
    print(full.qsize(), full.empty())
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
