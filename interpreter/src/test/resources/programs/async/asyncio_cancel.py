# Cancelling a task: CancelledError inside the coroutine at its await, finally blocks, messages,
# a task that suppresses its cancellation, cancel before the first step.
import asyncio


async def sleeper(name):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', e.args)
        raise
    finally:
        print(name, 'finally')


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn ignores it')
    return 'survived'


async def main():
    t = asyncio.create_task(sleeper('t'))
    await asyncio.sleep(0)
    print('cancel', t.cancel('stop now'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw', type(e).__name__, e.args)
    print(t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result raises CancelledError')
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    early = asyncio.create_task(sleeper('early'))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print('early never ran', early.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
