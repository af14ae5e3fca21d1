# Generators and coroutines caught in cycles: suspended, finished, never started, with finally.
# collectors: generational marksweep
import gc

log = []

def gen_with_finally(box):
    try:
        yield box
        yield 2
    finally:
        log.append("finally ran")

def plain_gen(box):
    yield box

gc.collect()
box = []
g = gen_with_finally(box)
box.append(g)
next(g)
del g, box
print("suspended with finally:", gc.collect(), log)

log.clear()
box = []
g = plain_gen(box)
box.append(g)
del g, box
print("never started:", gc.collect())

box = []
g = plain_gen(box)
box.append(g)
for _ in g:
    pass
del g, box
print("finished:", gc.collect())

async def coro(box):
    return box

box = []
c = coro(box)
box.append(c)
del c, box
print("never awaited coroutine:", gc.collect())

def selfref():
    me = yield
    yield me

g = selfref()
next(g)
g.send(g)
del g
print("generator holding itself in a local:", gc.collect())
