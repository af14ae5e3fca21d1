# A small job scheduler on asyncio: jobs with dependencies run as soon as their inputs finish
# (asyncio.wait with FIRST_COMPLETED), results collected by name, a failing job cancelling its
# dependants, as_completed yielding in completion order, a retry wrapper with backoff counted
# in loop iterations (sleep(0)), and the final report sorted by completion.
import asyncio

JOBS = {
    "fetch": ([], 1),
    "parse": (["fetch"], 2),
    "thumbs": (["fetch"], 1),
    "index": (["parse"], 1),
    "publish": (["index", "thumbs"], 1),
    "flaky": ([], 3),
    "report": (["flaky", "publish"], 1),
}

async def run_job(name, steps, fail_on=None):
    for _ in range(steps):
        await asyncio.sleep(0)
    if name == fail_on:
        raise RuntimeError(f"{name} crashed")
    return f"{name}:ok"

async def schedule(fail_on=None):
    done_order, results, failed = [], {}, set()
    pending = {}
    waiting = dict(JOBS)
    while waiting or pending:
        for name, (deps, steps) in list(waiting.items()):
            if any(d in failed for d in deps):
                failed.add(name)
                done_order.append(f"{name}:skipped")
                del waiting[name]
            elif all(d in results for d in deps):
                pending[asyncio.create_task(run_job(name, steps, fail_on), name=name)] = name
                del waiting[name]
        if not pending:
            continue
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in sorted(done, key=lambda t: t.get_name()):
            name = pending.pop(task)
            if task.exception() is not None:
                failed.add(name)
                done_order.append(f"{name}:failed({task.exception()})")
            else:
                results[name] = task.result()
                done_order.append(task.result())
    return done_order

async def retry(coro_factory, attempts):
    for attempt in range(1, attempts + 1):
        try:
            return await coro_factory(attempt)
        except ConnectionError as e:
            print(f"  attempt {attempt} failed: {e}")
            for _ in range(2 ** attempt):
                await asyncio.sleep(0)
    raise ConnectionError(f"gave up after {attempts} attempts")

async def unreliable(attempt):
    await asyncio.sleep(0)
    if attempt < 3:
        raise ConnectionError(f"timeout #{attempt}")
    return f"connected on attempt {attempt}"

async def main():
    print(await schedule())
    print(await schedule(fail_on="parse"))
    print(await retry(unreliable, 4))
    try:
        await retry(unreliable, 2)
    except ConnectionError as e:
        print("ConnectionError:", e)
    coros = [run_job(n, s) for n, s in [("c", 3), ("a", 1), ("b", 2)]]
    print([await f for f in asyncio.as_completed(coros)])
    done, pending = await asyncio.wait([asyncio.create_task(run_job("x", 1)), asyncio.create_task(run_job("y", 5))], timeout=None, return_when=asyncio.ALL_COMPLETED)
    print(sorted(t.result() for t in done), pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
