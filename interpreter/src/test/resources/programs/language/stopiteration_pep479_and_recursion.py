# Pins down: PEP 479 (StopIteration raised inside a generator becomes RuntimeError "generator raised
# StopIteration" with __cause__ set), the same for StopAsyncIteration in async generators and for
# coroutines, StopIteration leaking from next() in a generator expression, return value carried by
# StopIteration.value, recursion limit messages for plain calls, __repr__, __getattr__ and
# comparisons, and sys.setrecursionlimit's own error messages.
import sys

def gen_raising():
    yield 1
    raise StopIteration('inner value')

g = gen_raising()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError', e, '| cause:', repr(e.__cause__), '| context is cause:', e.__context__ is e.__cause__)
    print('suppress_context', e.__suppress_context__)

def gen_next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(gen_next_on_empty())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

# a generator expression calling next() on an exhausted iterator
it = iter([])
try:
    print(list(next(it) for _ in range(3)))
except RuntimeError as e:
    print('genexp RuntimeError', e)

# subclass of StopIteration also converted
class MyStop(StopIteration):
    pass
def gen_sub():
    raise MyStop(5)
    yield
try:
    next(gen_sub())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__.value)

# return value
def gen_ret():
    yield 1
    return {'done': True}
g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
def gen_ret_tuple():
    return (1, 2)
    yield
try:
    next(gen_ret_tuple())
except StopIteration as e:
    print('tuple value', e.value, e.args)
def gen_ret_none():
    return
    yield
try:
    next(gen_ret_none())
except StopIteration as e:
    print('none value', e.value, e.args)

# async generator raising StopAsyncIteration / StopIteration
async def agen_bad():
    yield 1
    raise StopAsyncIteration
async def agen_bad2():
    raise StopIteration('x')
    yield
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ('value', e.value)
    except Exception as e:
        return (type(e).__name__, str(e), type(e.__cause__).__name__)
ag = agen_bad()
print(step(ag.__anext__()))
print(step(ag.__anext__()))
print(step(agen_bad2().__anext__()))

async def coro_bad():
    raise StopIteration('in coroutine')
print(step(coro_bad()))

# recursion messages
limit = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError', e)

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('RecursionError', e)

class G:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    G().a
except RecursionError as e:
    print('RecursionError', e)

class C:
    def __eq__(self, other):
        return self == other
try:
    C() == C()
except RecursionError as e:
    print('RecursionError', e)

nested = []
for _ in range(1000):
    nested = [nested]
try:
    repr(nested)
    print('repr of 1000 nested lists ok')
except RecursionError as e:
    print('RecursionError', e)

d = {}
cur = d
for _ in range(1000):
    cur['k'] = {}
    cur = cur['k']
import json
try:
    json.dumps(d)
except RecursionError as e:
    print('json RecursionError', e)

sys.setrecursionlimit(limit)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    sys.setrecursionlimit(2.5)
except TypeError as e:
    print('TypeError', e)
print(sys.getrecursionlimit() == limit)
