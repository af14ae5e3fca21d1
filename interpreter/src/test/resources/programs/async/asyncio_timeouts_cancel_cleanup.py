# Timeouts and cancellation with cleanup as services need them: wait_for cancelling a slow
# coroutine (its finally runs first), asyncio.timeout() as a context manager with reschedule and
# expired(), a task cancelled with a message, shield() keeping the inner work going, a
# cancellation caught and swallowed (the task still finishes), uncancel counts, and the
# TimeoutError type being the built-in one.
import asyncio

events = []

async def slow(name, delay):
    try:
        events.append(f"{name} start")
        await asyncio.sleep(delay)
        events.append(f"{name} done")
        return name
    except asyncio.CancelledError as e:
        events.append(f"{name} cancelled {e.args}")
        raise
    finally:
        events.append(f"{name} cleanup")

async def main():
    try:
        await asyncio.wait_for(slow("a", 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, e.__class__ is TimeoutError)
    print(await asyncio.wait_for(slow("b", 0), timeout=5))

    try:
        async with asyncio.timeout(0.01) as cm:
            print("deadline set:", cm.when() is not None)
            await slow("c", 10)
    except TimeoutError:
        print("timeout block expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        await asyncio.sleep(0)
    print("rescheduled, expired:", cm.expired())

    t = asyncio.create_task(slow("d", 10))
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task cancelled:", e.args, t.cancelled(), t.done())

    inner = asyncio.create_task(slow("e", 0.01))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield's outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            events.append("stubborn swallowed")
        return "finished anyway"
    st = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    st.cancel()
    print(await st, st.cancelled(), st.cancelling())

    cur = asyncio.current_task()
    print("cancelling before:", cur.cancelling())
    cur.cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelling after:", cur.cancelling(), "uncancel ->", cur.uncancel())

    t2 = asyncio.create_task(asyncio.sleep(0, result="r"))
    print(await t2, t2.result(), t2.cancel())
    try:
        asyncio.create_task(slow("f", 1)).result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
for e in events:
    print(" ", e)
