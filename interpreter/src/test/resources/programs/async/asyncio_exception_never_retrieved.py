# A task whose exception nobody retrieved reports it when it dies.
import asyncio
import gc


async def fails():
    raise ValueError('nobody looks')


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(t.done())
    t2 = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(repr(t2.exception()))


asyncio.run(main())
gc.collect()
print('end')
