# A crawler as asyncio tutorials write one (no network: fetches are sleeps of zero): a
# Semaphore limiting concurrency, a queue of URLs with workers, task_done/join, results gathered
# in order, one fetch failing with its exception returned by gather(return_exceptions=True),
# and the workers cancelled at the end with their CancelledError seen.
import asyncio

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/b"],
    "/b": ["/broken"],
    "/c": [],
    "/a/1": ["/"],
    "/broken": None,
}

class FetchError(Exception):
    pass

async def fetch(url, sem, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0)
        active[0] -= 1
        links = PAGES.get(url)
        if links is None:
            raise FetchError(f"404 {url}")
        return links

async def worker(name, queue, seen, sem, log, active, peak):
    try:
        while True:
            url = await queue.get()
            try:
                links = await fetch(url, sem, active, peak)
                log.append((name, url, len(links)))
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
            except FetchError as e:
                log.append((name, url, str(e)))
            finally:
                queue.task_done()
    except asyncio.CancelledError:
        log.append((name, "cancelled"))
        raise

async def crawl():
    queue = asyncio.Queue()
    seen = {"/"}
    queue.put_nowait("/")
    sem = asyncio.Semaphore(2)
    log, active, peak = [], [0], [0]
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, sem, log, active, peak)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    for entry in sorted(log, key=str):
        print(entry)
    print("seen", sorted(seen), "peak", peak[0], "queue empty", queue.empty())

async def fetch_all():
    sem = asyncio.Semaphore(5)
    urls = ["/", "/c", "/broken", "/a"]
    out = await asyncio.gather(*(fetch(u, sem, [0], [0]) for u in urls), return_exceptions=True)
    for u, r in zip(urls, out):
        print(u, "->", repr(r))
    try:
        await asyncio.gather(*(fetch(u, sem, [0], [0]) for u in urls))
    except FetchError as e:
        print("gather raised", e)

asyncio.run(crawl())
asyncio.run(fetch_all())
