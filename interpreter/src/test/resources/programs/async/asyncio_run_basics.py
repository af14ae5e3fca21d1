# asyncio.run: the main coroutine as Task-1, its result, the running loop, and what needs one.
import asyncio


async def main(x):
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    print(task.get_name(), task.done(), asyncio.iscoroutine(task.get_coro()))
    print(asyncio._get_running_loop() is loop, asyncio.get_event_loop() is loop)
    await asyncio.sleep(0)
    return x * 2


print(asyncio.run(main(21)))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main), asyncio.iscoroutine(42))


async def nested():
    c = main(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()

asyncio.run(nested())


async def fails():
    await asyncio.sleep(0)
    raise KeyError('from main')

try:
    asyncio.run(fails())
except KeyError as e:
    print('KeyError:', e)
