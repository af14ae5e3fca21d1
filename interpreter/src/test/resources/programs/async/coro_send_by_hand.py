# A coroutine driven by hand: send(None) runs it to its first suspension, the value it returns
# travels in StopIteration, and an exhausted coroutine cannot be resumed.
import types


@types.coroutine
def suspend(tag):
    received = yield tag
    return received


async def add(a, b):
    x = await suspend('first')
    y = await suspend('second')
    return a + b + x + y


c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print('running', c.cr_running, 'suspended', c.cr_suspended, 'await', c.cr_await)
print('code', c.cr_code.co_name, hex(c.cr_code.co_flags & 0x3a0), 'frame', c.cr_frame is not None)
print('yielded', c.send(None))
print('awaiting', type(c.cr_await).__name__, c.cr_await.__name__, 'suspended', c.cr_suspended)
print('yielded', c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print('returned', e.value)
print('frame after', c.cr_frame, 'await', c.cr_await)
for value in (None, 1):
    try:
        c.send(value)
    except RuntimeError as e:
        print('RuntimeError:', e)
fresh = add(0, 0)
try:
    fresh.send(5)
except TypeError as e:
    print('TypeError:', e)
fresh.close()
w = add(1, 1).__await__()
print(type(w).__name__, next(w))
try:
    w.send(1)
    w.send(2)
except StopIteration as e:
    print('through the wrapper', e.value)
