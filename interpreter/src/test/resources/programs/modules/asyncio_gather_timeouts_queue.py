# asyncio as a service's job runner uses it: gather with return_exceptions both ways (the other
# tasks go on), wait_for timing out a slow coroutine (TimeoutError, the task cancelled),
# asyncio.timeout, a bounded Queue with producer/consumers and join, Semaphore limiting
# concurrency, Event, shield, as_completed order with sleeps, and asyncio.run's errors.
import asyncio

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f'{name} unreachable')
    return f'{name}:ok'

async def main():
    print(await asyncio.gather(fetch('a', 0.01), fetch('b', 0.0), fetch('c', 0.02)))
    print(await asyncio.gather(fetch('a', 0.01), fetch('b', 0, True), return_exceptions=True))
    try:
        await asyncio.gather(fetch('x', 0.0, True), fetch('y', 0.05))
    except ConnectionError as e:
        print('gather raised', e)
    slow = asyncio.create_task(fetch('slow', 10))
    try:
        await asyncio.wait_for(slow, timeout=0.02)
    except asyncio.TimeoutError as e:
        print('wait_for', type(e).__name__, slow.cancelled())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout expired', cm.expired())
    print(await asyncio.wait_for(fetch('quick', 0), 1))

    q = asyncio.Queue(maxsize=2)
    done = []
    async def producer():
        for i in range(6):
            await q.put(i)
        print('produced, full:', q.full() or q.qsize() <= 2)
    async def consumer(cid):
        while True:
            item = await q.get()
            done.append((item, item * 10))
            q.task_done()
    workers = [asyncio.create_task(consumer(c)) for c in range(2)]
    await producer()
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(done), [type(r).__name__ for r in res])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')

    sem = asyncio.Semaphore(2)
    active = [0]
    peak = [0]
    async def limited(i):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.005)
            active[0] -= 1
            return i
    print(await asyncio.gather(*(limited(i) for i in range(6))), 'peak', peak[0])

    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'released'
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)

    inner = asyncio.create_task(fetch('shielded', 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled, inner', inner.cancelled())
    print(await inner)
    order = []
    for coro in asyncio.as_completed([fetch('third', 0.03), fetch('first', 0.0), fetch('second', 0.015)]):
        order.append(await coro)
    print(order)
    return 'main done'

print(asyncio.run(main()))
for bad in [lambda: asyncio.run(fetch), lambda: asyncio.run(42)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
async def nested():
    coro = fetch('n', 0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    finally:
        coro.close()
asyncio.run(nested())
async def boom():
    raise KeyError('k')
try:
    asyncio.run(boom())
except KeyError as e:
    print('KeyError', e)
