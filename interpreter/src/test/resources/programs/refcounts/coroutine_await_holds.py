# sys.getrefcount around `await` in coroutines driven by hand (no event loop): a coroutine not yet
# started holds its arguments in its frame, a suspended one holds its locals and the awaitable it
# is waiting on (the value stack: `yield from`'s receiver), send() values are held only while the
# body keeps them, an awaited coroutine is released when it finishes, close() frees the frame at
# once, and an async generator holds what its suspended `yield` points hold.
import sys
import types


def rc(obj):
    return sys.getrefcount(obj) - 2


@types.coroutine
def pause(value):
    received = yield value
    return received


async def worker(payload):
    local = [payload]
    got = await pause(payload)
    return got, len(local)


payload = object()
print("start:", rc(payload))
c = worker(payload)
print("created, not started:", rc(payload))
yielded = c.send(None)
print("suspended in await: payload", rc(payload), "yielded is payload:", yielded is payload)
del yielded
print("awaiting:", type(c.cr_await).__name__, "frame local names:", sorted(c.cr_frame.f_locals))
reply = object()
try:
    c.send(reply)
except StopIteration as stop:
    result = stop.value
print("finished: result holds reply", result[0] is reply, rc(reply), "payload", rc(payload))
del result
print("result dropped:", rc(reply), rc(payload))

c2 = worker(payload)
c2.send(None)
print("second suspended:", rc(payload))
c2.close()
print("closed:", rc(payload), c2.cr_frame)


async def agen(item):
    hold = item
    yield 1
    yield 2


async def drive(ag):
    return await ag.__anext__()


ag = agen(payload)
print("async generator created:", rc(payload))
step = drive(ag)
try:
    step.send(None)
except StopIteration as stop:
    print("first value:", stop.value, "payload held by the suspended frame:", rc(payload))
del step
closer = ag.aclose()
try:
    closer.send(None)
except StopIteration:
    pass
print("aclose():", rc(payload), ag.ag_frame)


async def never_awaited(x):
    return x


orphan = never_awaited(payload)
print("never awaited, holds its argument:", rc(payload))
orphan.close()
print("closed without running:", rc(payload))
