# What await accepts: coroutines, generators marked by types.coroutine, objects whose __await__
# returns an iterator; and CPython's errors for the rest.
import inspect
import types


@types.coroutine
def marked():
    yield 'marked'
    return 1


def plain():
    yield 'plain'


class Awaitable:
    def __await__(self):
        yield 'custom'
        return 2


class BadAwait:
    def __await__(self):
        return 42


class CoroAwait:
    def __await__(self):
        return marked()


async def use(x):
    return await x


async def native():
    return 3


def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        out.append(('result', e.value))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


print(drive(use(marked())))
print(drive(use(Awaitable())))
print(drive(use(native())))
print(drive(use(plain())))
print(drive(use(3)))
print(drive(use(BadAwait())))
print(drive(use(CoroAwait())))
print(bool(marked.__code__.co_flags & 0x100), bool(plain.__code__.co_flags & 0x100))
print(inspect.iscoroutinefunction(native), inspect.iscoroutinefunction(marked))
n = native()
print(inspect.iscoroutine(n), inspect.isawaitable(n), inspect.isawaitable(marked()),
      inspect.isawaitable(plain()), inspect.isawaitable(Awaitable()), inspect.isawaitable(3))
n.close()
print(types.coroutine(native) is native)


async def twice(c):
    return await c

shared = use(marked())
first = twice(shared)
print(first.send(None))
print(drive(twice(shared)))
