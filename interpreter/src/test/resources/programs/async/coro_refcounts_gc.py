# Coroutines on the heap: sizes, references held by a suspended frame, cycles through a coroutine's
# locals collected by gc.
import gc
import sys
import types


@types.coroutine
def pause():
    yield


class Node:
    pass


async def holder(x):
    y = [x]
    await pause()
    return y


gc.collect()
n = Node()
print(sys.getrefcount(n))
c = holder(n)
print(sys.getrefcount(n), gc.is_tracked(c), sys.getsizeof(c))
c.send(None)
print(sys.getrefcount(n))
c.close()
print(sys.getrefcount(n))


async def selfref():
    me = Node()
    me.coro = this
    await pause()

this = None
c = selfref()
this = c
c.send(None)
del c, this
print('collected', gc.collect())


async def agen():
    yield 1

g = agen()
print(sys.getsizeof(g), gc.is_tracked(g), sys.getsizeof(holder))
a = g.__anext__()
print(type(a).__name__, gc.is_tracked(a))
try:
    a.send(None)
except StopIteration as e:
    print('value', e.value)
del a, g
print('end', gc.collect())
