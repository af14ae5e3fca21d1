# asyncio.Queue and its kinds: producers and consumers taking turns, maxsize, task_done/join.
import asyncio


async def producer(q, items):
    for i in items:
        await q.put(i)
        print('put', i, q.qsize())
    await q.put(None)


async def consumer(q, name):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print(name, 'got', item)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, range(5)), consumer(q, 'c'))
    print(q.empty(), q.full(), q.maxsize)
    for kind in (asyncio.LifoQueue, asyncio.PriorityQueue):
        q = kind()
        for v in (3, 1, 2):
            q.put_nowait(v)
        print(kind.__name__, [q.get_nowait() for _ in range(3)])
    q = asyncio.Queue(1)
    q.put_nowait('x')
    try:
        q.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull')
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q = asyncio.Queue()

    async def work():
        while True:
            item = await q.get()
            await asyncio.sleep(0)
            print('worked', item)
            q.task_done()

    w = asyncio.create_task(work())
    for i in range(3):
        q.put_nowait(i)
    await q.join()
    print('joined')
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
