# async generators: asend/athrow/aclose by hand, async comprehensions, await in finally, errors
import asyncio

async def counter(n):
    i = 0
    try:
        while i < n:
            got = yield i
            if got is not None:
                print("  received", got)
                i = got
            else:
                i += 1
    except ValueError as e:
        print("  counter handled", e)
        yield -1
    finally:
        await asyncio.sleep(0)
        print("  counter cleanup")

async def main():
    g = counter(10)
    print(await g.asend(None))
    print(await g.asend(None))
    print(await g.asend(7))
    print(await g.athrow(ValueError("bad")))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("exhausted")
    g2 = counter(3)
    print(await anext(g2))
    await g2.aclose()
    print("closed:", g2.ag_frame is None)
    print([v async for v in counter(3)])
    print({v: v * v async for v in counter(3)})

    async def bad_close():
        try:
            yield 1
        finally:
            yield 2
    b = bad_close()
    await anext(b)
    try:
        await b.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def raises_stop():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in raises_stop():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(type(counter(1)).__name__, counter.__name__, counter(1).__qualname__)
    try:
        for x in counter(1):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await anext(iter([]))
    except TypeError as e:
        print("TypeError:", e)
    ag = counter(1)
    aw = ag.asend(None)
    print(type(aw).__name__)
    print(await aw)
    await ag.aclose()

asyncio.run(main())
