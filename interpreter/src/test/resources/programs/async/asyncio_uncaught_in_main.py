# An exception escaping the coroutine given to asyncio.run: the traceback names asyncio's
# runners.py (run, Runner.run) and base_events.py (run_until_complete) above the coroutine's
# frames, as CPython's C Future and Task add none of their own.
import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    if n == 3:
        raise LookupError(f"no record {n}")
    return n


async def main():
    results = [await fetch(i) for i in range(3)]
    print(results)
    await fetch(3)


asyncio.run(main())
