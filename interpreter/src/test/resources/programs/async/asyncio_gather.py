# gather: results in argument order, return_exceptions, the first error, cancelling the gather.
import asyncio


async def value(v, delay=0):
    for _ in range(delay):
        await asyncio.sleep(0)
    if isinstance(v, Exception):
        raise v
    print('value', v)
    return v


async def main():
    print(await asyncio.gather(value(1, 2), value(2), value(3, 1)))
    print(await asyncio.gather())
    print(await asyncio.gather(value(1), value(KeyError('k'), 1), return_exceptions=True))
    try:
        await asyncio.gather(value(ValueError('first')), value(4, 3))
    except ValueError as e:
        print('gather raised', repr(e))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t = asyncio.create_task(value(5))
    print(await asyncio.gather(t, t, value(6)))
    g = asyncio.gather(value(7, 5), value(8, 5))
    await asyncio.sleep(0)
    print('cancel', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())


asyncio.run(main())
