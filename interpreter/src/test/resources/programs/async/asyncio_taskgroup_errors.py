# TaskGroup (3.11) with failing tasks: the others are cancelled and every failure leaves in one
# ExceptionGroup ("unhandled errors in a TaskGroup"), caught here with except*.
import asyncio


async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def good():
    await asyncio.sleep(0)
    return 1


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(good())
            t2 = tg.create_task(slow())
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* ValueError as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))
    print(t1.done(), t1.cancelled(), t1.result())
    print(t2.done(), t2.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(3))
    except ExceptionGroup as eg:
        print(repr(eg), eg.exceptions)


asyncio.run(main())
