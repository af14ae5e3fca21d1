# asyncio: a producer/consumer pipeline with Queue.join, task names, cancellation of idle workers, gather(return_exceptions)
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    print("produced", n)

async def worker(name, q, results):
    try:
        while True:
            item = await q.get()
            try:
                if item == 7:
                    raise ValueError(f"bad item {item}")
                results.append((name, item * item))
            except ValueError as e:
                results.append((name, str(e)))
            finally:
                q.task_done()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def flaky(i):
    await asyncio.sleep(0)
    if i % 3 == 0:
        raise RuntimeError(f"flaky {i}")
    return i * 10

async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results), name=f"worker-{i}") for i in range(3)]
    print([t.get_name() for t in workers])
    await producer(q, 10)
    await q.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    print(sorted(r[1] for r in results if isinstance(r[1], int)))
    print([r[1] for r in results if isinstance(r[1], str)])
    res = await asyncio.gather(*(flaky(i) for i in range(6)), return_exceptions=True)
    print([r if isinstance(r, int) else repr(r) for r in res])
    try:
        await asyncio.gather(flaky(0), flaky(1))
    except RuntimeError as e:
        print("first error:", e)
    print(q.empty(), q.qsize(), q.maxsize, all(w.cancelled() for w in workers))

asyncio.run(main())
