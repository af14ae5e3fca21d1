# async for and async with over classes of the program, driven by a small loop of its own.
import types


@types.coroutine
def pause():
    yield


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await pause()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print('enter', self.name)
        await pause()
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await pause()
        print('exit', self.name, et.__name__ if et else None)
        return self.swallow


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return steps, e.value
    except Exception as e:
        return steps, f'{type(e).__name__}: {e}'


async def main():
    out = []
    async for i in Countdown(3):
        out.append(i)
    else:
        out.append('else')
    async with Resource('a') as a, Resource('b') as b:
        out.append(a + b)
    async with Resource('c', swallow=True):
        raise KeyError('swallowed')
    try:
        async with Resource('d'):
            raise ValueError('kept')
    except ValueError as e:
        out.append(repr(e))
    async for i in Countdown(5):
        if i == 2:
            break
        out.append(i)
    return out


print(run(main()))


async def not_iterable():
    async for x in [1, 2]:
        pass


async def not_manager():
    async with object():
        pass


class NoAnext:
    def __aiter__(self):
        return self


class BadEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def bad_anext():
    async for x in NoAnext():
        pass


async def bad_enter():
    async with BadEnter():
        pass

for f in (not_iterable, not_manager, bad_anext, bad_enter):
    print(run(f()))
