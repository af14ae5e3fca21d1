# asyncio.Barrier (3.11): indexes per round, reuse across rounds, async with, abort and reset breaking waiters
import asyncio

async def runner(barrier, name, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(0)
        idx = await barrier.wait()
        log.append((r, name, idx))

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    await asyncio.gather(*(runner(b, n, 2, log) for n in "xyz"))
    for r in range(2):
        print(r, sorted(idx for rr, _, idx in log if rr == r))
    print("after rounds:", b.n_waiting, b.broken)

    async def with_form(i):
        async with b as pos:
            return pos
    print(sorted(await asyncio.gather(*(with_form(i) for i in range(3)))))

    waiter = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting)
    await b.reset()
    try:
        await waiter
    except asyncio.BrokenBarrierError as e:
        print("reset ->", type(e).__name__, e)
    print("after reset broken?", b.broken, b.n_waiting)

    w2 = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    try:
        await w2
    except asyncio.BrokenBarrierError as e:
        print("abort ->", e)
    print("broken:", b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken ->", e)
    await b.reset()
    print("reset again, broken:", b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError), asyncio.BrokenBarrierError.__module__)

asyncio.run(main())
