# sys.getsizeof of generators, coroutines and async generators in CPython 3.11, where the frame
# lives inside the object: the fixed header plus 8 bytes per slot of the frame (the code's
# co_nlocalsplus + co_stacksize, and the frame's specials), so the size grows with the number of
# locals and the stack depth, is the same before, during and after running, and frame objects
# made by gi_frame are separate (their own size).
import sys


def g0():
    yield


def g3(a, b, c):
    yield a


def g_many():
    v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = 0
    yield v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8


def g_deep():
    yield [[[[[[1, 2], 3], 4], 5], 6], 7]


async def c0():
    pass


async def c3(a, b, c):
    return a


async def ag0():
    yield 1


gen = g0()
before = sys.getsizeof(gen)
next(gen)
during = sys.getsizeof(gen)
for _ in gen:
    pass
after = sys.getsizeof(gen)
print("g0 before/during/after:", before, during, after)
print("g3:", sys.getsizeof(g3(1, 2, 3)), "locals+stack:", g3.__code__.co_nlocals + g3.__code__.co_stacksize)
print("g_many:", sys.getsizeof(g_many()), "locals+stack:", g_many.__code__.co_nlocals + g_many.__code__.co_stacksize)
print("g_deep:", sys.getsizeof(g_deep()), "stacksize:", g_deep.__code__.co_stacksize)
print("per-slot steps equal 8:", (sys.getsizeof(g3(1, 2, 3)) - sys.getsizeof(g0())) % 8 == 0)

c = c0()
cc = c3(1, 2, 3)
print("coroutine c0:", sys.getsizeof(c), "c3:", sys.getsizeof(cc))
c.close()
cc.close()
print("async generator ag0:", sys.getsizeof(ag0()))
print("genexp:", sys.getsizeof(x for x in ()), "genexp over a range:", sys.getsizeof(x * 2 for x in range(3)))

running = g_many()
next(running)
frame = running.gi_frame
print("gi_frame is separate:", sys.getsizeof(frame) > 0, sys.getsizeof(running) == sys.getsizeof(g_many()))
