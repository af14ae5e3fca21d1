# Pins down: async with / async for driven by hand (coroutine.send) with objects that implement
# the protocols partly or wrongly: the TypeError messages for a missing __aenter__/__aexit__, for
# __aenter__ returning a non-awaitable, for 'async for' over objects without __aiter__, __aiter__
# returning something without __anext__, __anext__ returning a non-awaitable; __aexit__ suppressing
# an exception by returning a truthy awaitable result, and the order of enter/exit calls.
class Step:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield f'step {self.value}'
        return self.value

def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, 'returned', e.value
    except Exception as e:
        return out, type(e).__name__, str(e)

class ACM:
    def __init__(self, suppress=False):
        self.suppress = suppress
    async def __aenter__(self):
        print('  aenter')
        await Step('enter')
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        print('  aexit', et.__name__ if et else None)
        await Step('exit')
        return self.suppress

async def use(cm, fail=False):
    async with cm as r:
        print('  body with', r)
        if fail:
            raise KeyError('inside')
    return 'after'

print(drive(use(ACM())))
print(drive(use(ACM(), fail=True)))
print(drive(use(ACM(suppress=True), fail=True)))

class NoAexit:
    async def __aenter__(self):
        return 1
class NoAenter:
    async def __aexit__(self, *a):
        return False
class SyncOnly:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return False
class BadAenter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        return False
class BadAexit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 'not awaitable'
for cm in (NoAexit(), NoAenter(), SyncOnly(), BadAenter(), BadAexit(), 42):
    print(type(cm).__name__, drive(use(cm)))

async def sync_with_async_cm():
    with ACM():
        pass
print('sync with on ACM', drive(sync_with_async_cm()))

class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Step(f'next {self.n}')
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def loop(obj):
    got = []
    async for v in obj:
        got.append(v)
    else:
        got.append('else')
    return got

print(drive(loop(AIter(2))))

class NoAiter:
    pass
class AiterReturnsInt:
    def __aiter__(self):
        return 5
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
class AiterAsync:
    async def __aiter__(self):
        return self
for obj in (NoAiter(), AiterReturnsInt(), AnextNotAwaitable(), AiterAsync(), [1, 2]):
    print(type(obj).__name__, drive(loop(obj)))

async def comp(obj):
    return [v async for v in obj]
print('comprehension', drive(comp(AIter(1))))
print('comprehension bad', drive(comp(5)))

async def break_out():
    async for v in AIter(5):
        if v == 3:
            break
    return v
print('break', drive(break_out()))

async def raise_in_body():
    try:
        async for v in AIter(3):
            raise ValueError(f'at {v}')
    except ValueError as e:
        return str(e)
print('raise', drive(raise_in_body()))
