# wait_for and asyncio.timeout (3.11): TimeoutError, the inner task cancelled, no timeout when fast.
import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
    finally:
        print('slow cleaned up')
    return 'slow'


async def fast():
    await asyncio.sleep(0)
    return 'fast'


async def main():
    print(await asyncio.wait_for(fast(), 5))
    print(await asyncio.wait_for(fast(), None))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        print('wait_for timed out', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow()
    except TimeoutError:
        print('timeout block expired', cm.expired())
    async with asyncio.timeout(5) as cm:
        print(await fast())
    print('not expired', cm.expired())
    async with asyncio.timeout(None) as cm:
        print('no deadline', cm.when())
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError:
        print('zero timeout')


asyncio.run(main())
