# wait (FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION), as_completed order, shield.
import asyncio


async def steps(name, n, fail=False):
    for _ in range(n):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [asyncio.create_task(steps(n, k)) for n, k in (('slow', 4), ('quick', 1), ('mid', 2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [
        asyncio.create_task(steps('ok', 3)), asyncio.create_task(steps('bad', 1, True))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(repr(t.exception()) for t in done), len(pending))
    if pending:
        await asyncio.wait(pending)
    order = []
    for fut in asyncio.as_completed([steps('c', 3), steps('a', 1), steps('b', 2)]):
        order.append(await fut)
    print(order)
    inner = asyncio.create_task(steps('shielded', 2))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled, inner', inner.cancelled())
    print(await inner)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
