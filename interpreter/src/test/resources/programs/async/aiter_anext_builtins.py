# The aiter() and anext() builtins.
import types


@types.coroutine
def pause():
    yield


async def agen():
    yield 'a'
    await pause()
    yield 'b'


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return f'{type(e).__name__}: {e}'


async def main():
    it = aiter(agen())
    out = [await anext(it), await anext(it), await anext(it, 'default')]
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append('exhausted')
    return out


print(run(main()))
g = agen()
print(aiter(g) is g)
for bad in (lambda: aiter([1]), lambda: anext(iter([1])), lambda: anext(3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class AIterOnly:
    def __aiter__(self):
        return 1

try:
    aiter(AIterOnly())
except TypeError as e:
    print('TypeError:', e)
