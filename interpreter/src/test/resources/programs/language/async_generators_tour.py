# Async generators: async for, asend/athrow/aclose, async comprehensions, and finalization.
import asyncio

async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker cleanup", n)

async def echo():
    received = None
    while True:
        try:
            received = yield f"echo {received}"
        except ValueError as e:
            received = f"error {e}"

async def main():
    async for t in ticker(3):
        print("tick", t)
    squares = [x * x async for x in ticker(4)]
    print("squares", squares)
    evens = {x async for x in ticker(5) if x % 2 == 0}
    print("evens", evens)
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hi"))
    print(await e.athrow(ValueError("oops")))
    await e.aclose()
    try:
        await e.asend("late")
    except StopAsyncIteration:
        print("closed generator stops")
    t = ticker(10)
    print(await t.__anext__(), await anext(t))
    await t.aclose()
    print(type(t).__name__, t.ag_running)
    it = aiter(ticker(2))
    print(await anext(it), await anext(it), await anext(it, "default"))

asyncio.run(main())
