# asyncio cancellation: cancel with a message, shielding, cleanup in finally, cancelling() counters, uncancel
import asyncio

async def sleeper(name, delay, log):
    try:
        log.append(f"{name} start")
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled args={e.args}")
        raise
    finally:
        log.append(f"{name} finally")

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed cancellation")
        return "kept going"

async def main():
    log = []
    t = asyncio.create_task(sleeper("A", 10, log))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel("stop now"), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), log)
    print("cancel again ->", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises too")

    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print("swallowed result:", await s, s.cancelled())

    log2 = []
    inner = asyncio.create_task(sleeper("inner", 0.01, log2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.001)
    except asyncio.TimeoutError:
        print("shielded wait_for timed out; inner cancelled?", inner.cancelled())
    print("inner result:", await inner, log2)

    async def cancel_self():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            print("cancelling count", task.cancelling(), "uncancel ->", task.uncancel())
            return "self-cancel handled"
    print(await asyncio.create_task(cancel_self()))

    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="future msg")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("future:", e.args, fut.cancelled())

    tasks = [asyncio.create_task(sleeper(n, d, log2)) for n, d in [("x", 0), ("y", 5)]]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print(sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
