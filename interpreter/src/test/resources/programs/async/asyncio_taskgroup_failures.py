# TaskGroup semantics: the first failure cancels siblings, errors come out as an
# ExceptionGroup handled with except*, a cancelled sibling's cleanup runs, nested task groups,
# asyncio.timeout() as a context manager with reschedule, shield, and the repr of done tasks.
import asyncio


async def step(name, delay, fail=None, log=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(step("a", 0.001, log=log))
            tg.create_task(step("b", 0.01, ValueError("b broke"), log))
            tg.create_task(step("c", 0.01, KeyError("c missing"), log))
            tg.create_task(step("d", 1, log=log))
    except* ValueError as eg:
        print("ValueErrors:", eg.exceptions)
    except* KeyError as eg:
        print("KeyErrors:", eg.exceptions)
    print(sorted(log), a.result())

    log.clear()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(step("o1", 0.05, log=log))

            async def nested():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(step("i1", 0.001, TypeError("inner"), log))
                    inner.create_task(step("i2", 1, log=log))

            outer.create_task(nested())
    except ExceptionGroup as eg:
        print("nested:", repr(eg))
        print([type(e).__name__ for e in eg.exceptions], eg.exceptions[0].exceptions)
    print(sorted(log))

    try:
        async with asyncio.timeout(0.01) as cm:
            print("deadline set:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout():", type(e).__name__, cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 10)
        await asyncio.sleep(0)
    print("rescheduled, expired:", cm.expired())

    inner = asyncio.create_task(step("shielded", 0.02, log=log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except TimeoutError:
        print("wait_for timed out; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    async def boom():
        raise RuntimeError("boom")

    t = asyncio.create_task(boom(), name="boomer")
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()), t.get_name())
    t2 = asyncio.create_task(step("x", 0, log=log), name="x-task")
    await t2
    print(repr(t2).split(" coro=")[0], t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("y", 0, log=log))
            raise LookupError("body failed")
    except* LookupError as eg:
        print("body error:", eg.exceptions)


asyncio.run(main())
