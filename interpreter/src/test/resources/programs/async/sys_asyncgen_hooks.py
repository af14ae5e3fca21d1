# sys.set_asyncgen_hooks / get_asyncgen_hooks: the firstiter hook sees each async generator when it
# is first iterated, the finalizer hook gets the ones collected unfinished instead of closing them;
# the arguments' checks; sys.set_coroutine_origin_tracking_depth and cr_origin.
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, len(sys.get_asyncgen_hooks()))
seen = []
finalized = []


def firstiter(agen):
    seen.append(agen.__name__)


def finalizer(agen):
    finalized.append(agen.__name__)


async def ticker(n):
    for i in range(n):
        yield i


async def other():
    yield "x"


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer, hooks[0] is firstiter)
t = ticker(3)
print("made", seen)
print(drive(t.__anext__()), seen)
print(drive(t.__anext__()), seen)
o = other()
print(drive(o.asend(None)), seen)
del t
print("finalized", finalized)
o2 = other()
del o2
print("never iterated", finalized, seen)


async def consume():
    out = []
    async for v in ticker(2):
        out.append(v)
    return out


print(drive(consume()), seen, finalized)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for kwargs in ({"firstiter": 1}, {"finalizer": "f"}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(firstiter=print, bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(sys.get_asyncgen_hooks())
del o  # suspended, its hooks taken when the finalizer was set: the finalizer gets it
print("finalized", finalized)

print(sys.get_coroutine_origin_tracking_depth())


async def leaf():
    return 1


def make():
    return leaf()


c = make()
print(c.cr_origin)
drive(c)
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = make()
print([(name, line) for _, line, name in c.cr_origin])
print(c.cr_origin[0][0] == __file__)
drive(c)
sys.set_coroutine_origin_tracking_depth(10)
c = make()
print(len(c.cr_origin), [name for _, _, name in c.cr_origin])
drive(c)
sys.set_coroutine_origin_tracking_depth(0)
c = make()
print(c.cr_origin)
drive(c)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
