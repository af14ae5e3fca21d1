# Coordination primitives in a small restaurant simulation: an Event opening the kitchen, a
# Condition with wait_for notifying cooks as orders pile up, a Lock protecting a shared tally,
# a BoundedSemaphore's over-release ValueError, Queue get_nowait/put_nowait on empty and full
# queues (QueueEmpty/QueueFull), a PriorityQueue ordering tickets, and loop.call_soon ordering.
import asyncio

async def main():
    opened = asyncio.Event()
    orders = []
    cond = asyncio.Condition()
    lock = asyncio.Lock()
    tally = {"served": 0}
    log = []

    async def cook(name):
        await opened.wait()
        while True:
            async with cond:
                await cond.wait_for(lambda: orders)
                order = orders.pop(0)
            if order is None:
                log.append(f"{name} goes home")
                return
            await asyncio.sleep(0)
            async with lock:
                tally["served"] += 1
            log.append(f"{name} cooked {order}")

    cooks = [asyncio.create_task(cook(n)) for n in ("ann", "ben")]
    await asyncio.sleep(0)
    print("kitchen open?", opened.is_set(), "lock held?", lock.locked())
    opened.set()
    for dish in ["soup", "pie", "tea", "cake"]:
        async with cond:
            orders.append(dish)
            cond.notify()
        await asyncio.sleep(0)
    async with cond:
        orders.extend([None, None])
        cond.notify_all()
    await asyncio.gather(*cooks)
    print(sorted(log), tally)

    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("sem locked inside:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", repr(asyncio.QueueEmpty()))
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull; full:", q.full(), "size:", q.qsize())
    pq = asyncio.PriorityQueue()
    for t in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait(t)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])
    try:
        await asyncio.wait_for(q.put("blocked"), timeout=0.01)
    except TimeoutError:
        print("put timed out while full")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(seen.append, "first")
    h = loop.call_soon(seen.append, "cancelled")
    loop.call_soon(seen.append, "second")
    h.cancel()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future done")
    print(await fut, seen, h.cancelled())
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
