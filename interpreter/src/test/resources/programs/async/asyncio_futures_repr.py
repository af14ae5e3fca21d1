# Future and Task states, reprs, done callbacks (called soon, in order), InvalidStateError.
import asyncio


async def job():
    await asyncio.sleep(0)
    return 'ok'


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(lambda fut: print('callback 1', fut.result()))
    f.add_done_callback(lambda fut: print('callback 2'))
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f.set_result(5)
    print(f.done(), 'callbacks not run yet')
    await asyncio.sleep(0)
    print(f)
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    g = loop.create_future()
    g.set_exception(KeyError('bad'))
    print(g, repr(g.exception()))
    h = loop.create_future()
    h.cancel()
    print(h, h.cancelled())
    t = asyncio.create_task(job(), name='worker')
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    t.set_name('renamed')
    print(t.get_name(), t.result())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(job))


asyncio.run(main())
