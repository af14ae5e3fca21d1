# Tasks take turns at each await: the order of their steps is the ready queue's FIFO order.
import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, 'done')
    return name


async def main():
    tasks = [asyncio.create_task(worker(name, n)) for name, n in (('a', 3), ('b', 1), ('c', 2))]
    print('created', [t.get_name() for t in tasks])
    await asyncio.sleep(0)
    print('main resumes')
    for t in tasks:
        print('awaited', await t)
    late = asyncio.create_task(worker('late', 1))
    print('before yield', late.done())
    await late
    print('after', late.result())


asyncio.run(main())
