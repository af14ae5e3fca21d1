# gc.get_referrers of values that only suspended generators and coroutines hold in their frames:
# in 3.11 the frame lives inside the generator object, so the generator (not a frame object) is
# the referrer until a frame object is asked for (gi_frame), which then refers too; a finished
# generator refers to nothing; get_referents of a suspended generator lists its locals.
import gc
import types


class Value:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return f"Value({self.tag})"


def kinds(obj):
    return sorted(type(r).__name__ for r in gc.get_referrers(obj) if r is not globals())


def gen(v):
    local = v
    yield 1
    yield 2


v = Value("g")
g = gen(v)
print("before start", kinds(v))
next(g)
print("suspended", kinds(v))
del v
held = [r for r in gc.get_referents(g) if isinstance(r, Value)]
print("referents of the generator", held)
frame = g.gi_frame
print("after gi_frame", kinds(held[0]), type(frame).__name__)
del frame
next(g)
try:
    next(g)
except StopIteration:
    pass
print("finished", kinds(held[0]))
print("referents of a finished generator", [type(r).__name__ for r in gc.get_referents(g)])
del g


@types.coroutine
def pause():
    yield


async def coro(v):
    mine = [v]
    await pause()
    return mine


w = Value("c")
c = coro(w)
c.send(None)
print("coroutine suspended", kinds(w))
inner = [type(r).__name__ for r in gc.get_referrers(w) if type(r).__name__ == "list"]
print("the list in its frame", inner)
print("cr_await", type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
c = None
print("after the coroutine", kinds(w))


def outer(v):
    yield from gen(v)


x = Value("yf")
o = outer(x)
next(o)
print("yield from: referrers", kinds(x))
o.close()
print("closed", kinds(x))
