# Asynchronous comprehensions and generator expressions, await inside comprehensions and f-strings.
import types


@types.coroutine
def pause():
    yield


async def arange(n):
    for i in range(n):
        await pause()
        yield i


async def double(x):
    await pause()
    return 2 * x


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    a = [x async for x in arange(4)]
    b = {x % 2 async for x in arange(5)}
    c = {x: x * x async for x in arange(3) if x}
    d = [await double(x) for x in range(3)]
    e = [y async for x in arange(3) async for y in arange(x)]
    gen = (x + 1 async for x in arange(3))
    f = [v async for v in gen]
    g = f'{await double(21)} and {[await double(i) for i in range(2)]}'
    h = [await double(x) async for x in arange(2)]
    return a, b, c, d, e, f, g, h, type(gen).__name__


print(run(main()))


def agen_expr():
    return (x async for x in arange(2))


ge = agen_expr()
print(type(ge).__name__, ge.__qualname__)
ge2 = (await double(x) for x in range(2))
print(type(ge2).__name__)
