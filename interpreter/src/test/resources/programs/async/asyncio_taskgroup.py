# TaskGroup (3.11): the block's end waits for every task it started.
import asyncio


async def work(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * n


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work('a', 2))
        b = tg.create_task(work('b', 3), name='bee')
        print('started', b.get_name())
    print('all done', a.result(), b.result())
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(work('c', 1))
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
