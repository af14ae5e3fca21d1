# A three-stage pipeline under a TaskGroup: producer -> transformer -> sink over bounded queues
# with sentinels, then a TaskGroup where one child fails (siblings cancelled, the ExceptionGroup
# caught with except*), a child added after the group started shutting down, and tasks' names
# and the group's repr-free behaviour.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def transformer(qin, qout):
    while (item := await qin.get()) is not None:
        await qout.put(item * item)
    await qout.put(None)

async def sink(q, out):
    while (item := await q.get()) is not None:
        out.append(item)
    return sum(out)

async def pipeline():
    q1, q2 = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=2)
    out = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(q1, 6), name="producer")
        tg.create_task(transformer(q1, q2), name="transformer")
        total = tg.create_task(sink(q2, out), name="sink")
    print(out, total.result(), total.get_name(), q1.maxsize, q2.qsize())

async def worker(name, delay, fail=False, log=None):
    try:
        for _ in range(delay):
            await asyncio.sleep(0)
        if fail:
            raise ValueError(f"{name} failed")
        log.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def failing_group():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("quick", 0, log=log))
            tg.create_task(worker("bad", 2, fail=True, log=log))
            tg.create_task(worker("slow", 10, log=log))
            tg.create_task(worker("bad2", 2, fail=True, log=log))
    except* ValueError as eg:
        print("failures:", sorted(str(e) for e in eg.exceptions))
    print(log)

async def body_fails():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("child", 5, log=log))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", repr(eg.exceptions[0]))
    print(log)

async def late_add():
    tg = asyncio.TaskGroup()
    async with tg:
        tg.create_task(asyncio.sleep(0))
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()

async def main():
    await pipeline()
    await failing_group()
    await body_fails()
    await late_add()
    results = await asyncio.gather(*(worker(f"g{i}", i, log=[]) for i in range(3)))
    print(results)

asyncio.run(main())
