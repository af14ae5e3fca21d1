# Lock, Event, Semaphore and Condition: who waits and who goes first.
import asyncio


async def locked(lock, name):
    async with lock:
        print(name, 'has the lock')
        await asyncio.sleep(0)
        print(name, 'releases')


async def waiter(event, name):
    print(name, 'waits')
    await event.wait()
    print(name, 'woke')


async def limited(sem, name):
    async with sem:
        print(name, 'in')
        await asyncio.sleep(0)
        print(name, 'out')


async def consumer(cond, box, name):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, 'took', box.pop())


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(locked(lock, n) for n in 'abc'))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in 'xy']
    await asyncio.sleep(0)
    print('setting', event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, n) for n in 'pqr'))
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(cond, box, n)) for n in 'mn']
    await asyncio.sleep(0)
    for item in (1, 2):
        async with cond:
            box.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)


asyncio.run(main())
