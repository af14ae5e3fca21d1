# Error case: RecursionError messages from Python calls, repr, comparison and str; StopIteration from next() with and without a default: caught messages and attributes.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('repr:', e)

class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print('eq:', e)

class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().x
except RecursionError as e:
    print('getattr:', e)

l = []
for i in range(100000):
    l = [l]
try:
    str(l)
except RecursionError as e:
    print('nested list str:', e)

d = {}
try:
    import json
    x = []
    cur = x
    for i in range(5000):
        cur.append([])
        cur = cur[0]
    json.dumps(x)
except RecursionError as e:
    print('json:', e)

try:
    eval('(' * 300 + ')' * 300)
except (RecursionError, SyntaxError, MemoryError) as e:
    print(type(e).__name__, e)

print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('setrecursionlimit(0):', e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print('setrecursionlimit(-5):', e)
try:
    sys.setrecursionlimit('a')
except TypeError as e:
    print('setrecursionlimit(a):', e)

it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args, e.value)
print(next(it, 'default'))
print(next(it, None))

def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return value:', repr(e), e.value, str(e))
try:
    next(g)
except StopIteration as e:
    print('again:', repr(e), e.value)
print(next(gen(), 'x'))
try:
    next(1)
except TypeError as e:
    print(e)
try:
    next(1, 2)
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)

def bad():
    yield 1
    raise StopIteration('inner')
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))

async def co():
    raise StopIteration
c = co()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(7)
try:
    next(It())
except StopIteration as e:
    print('class iterator:', e.value, e.args)
print(list(It()))
g = gen()
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print('throw:', e)
g = (i for i in [])
try:
    g.send(1)
except TypeError as e:
    print('send non-None:', e)
try:
    next(g)
except StopIteration as e:
    print('genexpr done', e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e = StopIteration()
print(e.value, e.args)
