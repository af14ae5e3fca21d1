# An asyncio crawler over a fake site: a worker pool on asyncio.Queue with join, a token-bucket rate limit on loop time, as_completed, shield, timeouts per page, an Event to stop early, contextvars per task, and an exception group from a TaskGroup at the end.
import asyncio
import contextvars

SITE = {
    "/": ["/a", "/b", "/c"], "/a": ["/a/1", "/a/2", "/"], "/b": ["/b/1", "/missing"], "/c": ["/slow"],
    "/a/1": [], "/a/2": ["/a/1"], "/b/1": ["/c"], "/slow": [],
}
request_id = contextvars.ContextVar("request_id", default="-")

async def fetch(path):
    await asyncio.sleep(0.2 if path == "/slow" else 0)
    if path not in SITE:
        raise LookupError(f"404 {path}")
    return SITE[path]

async def crawl(start, workers=3):
    seen, order, errors = {start}, [], []
    q = asyncio.Queue()
    q.put_nowait(start)
    async def worker(n):
        while True:
            path = await q.get()
            token = request_id.set(f"w{n}:{path}")
            try:
                links = await asyncio.wait_for(fetch(path), timeout=0.05)
                order.append(path)
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        q.put_nowait(link)
            except (LookupError, asyncio.TimeoutError) as e:
                errors.append((path, type(e).__name__))
            finally:
                request_id.reset(token)
                q.task_done()
    tasks = [asyncio.create_task(worker(i)) for i in range(workers)]
    await q.join()
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    return sorted(order), sorted(errors), [type(r).__name__ for r in res]

async def compute(n):
    await asyncio.sleep(0)
    return n * n, request_id.get()

async def main():
    print(await crawl("/"))
    print("context outside:", request_id.get())
    request_id.set("main")
    results = []
    for fut in asyncio.as_completed([compute(i) for i in range(4)]):
        results.append(await fut)
    print(sorted(results))
    inner = asyncio.ensure_future(asyncio.sleep(0, result="kept"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0)
    except asyncio.TimeoutError:
        print("shielded still running:", not inner.cancelled())
    print(await inner)
    stop = asyncio.Event()
    ticks = []
    async def ticker():
        while not stop.is_set():
            ticks.append(len(ticks))
            if len(ticks) == 5:
                stop.set()
            await asyncio.sleep(0)
    await asyncio.gather(ticker(), stop.wait())
    print("ticks", ticks)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut, asyncio.iscoroutinefunction(main), asyncio.isfuture(fut))
    ctx = contextvars.copy_context()
    print(ctx.run(request_id.get), request_id in ctx, len([v for v in ctx if v is request_id]))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("/nowhere"))
        tg.create_task(fetch("/also-missing"))

try:
    asyncio.run(main())
except* LookupError as eg:
    print("group:", eg.message, sorted(str(e) for e in eg.exceptions))
asyncio.run(fetch("/gone"))
