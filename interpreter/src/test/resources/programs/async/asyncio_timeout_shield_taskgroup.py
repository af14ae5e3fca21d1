# asyncio: wait_for timeouts, asyncio.timeout with reschedule, shield, TaskGroup failure cancels siblings, uncancel counts
import asyncio

async def slow(label, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{label} done")
        return label
    except asyncio.CancelledError:
        log.append(f"{label} cancelled")
        raise

async def boom(delay):
    await asyncio.sleep(delay)
    raise KeyError("boom")

async def main():
    log = []
    try:
        await asyncio.wait_for(slow("a", 10, log), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timeout:", type(e).__name__, log)
    r = await asyncio.wait_for(slow("b", 0, log), timeout=5)
    print("got", r)
    try:
        async with asyncio.timeout(0.01) as cm:
            print("expired before?", cm.expired())
            await slow("c", 10, log)
    except TimeoutError:
        print("timeout ctx expired:", cm.expired(), log[-1])
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        await slow("d", 0, log)
    print("when set:", cm.when() is not None)
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(slow("e", 10, log))
            t2 = tg.create_task(boom(0.01))
            t3 = tg.create_task(slow("f", 0, log))
    except* KeyError as eg:
        print("taskgroup:", repr(eg))
    print(t1.cancelled(), t2.done(), t3.result())
    inner = asyncio.ensure_future(slow("g", 0.3, log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("shield timed out, inner cancelled?", inner.cancelled())
    print("inner result", await inner)
    print(log)
    t = asyncio.current_task()
    print("cancelling", t.cancelling())

asyncio.run(main())
