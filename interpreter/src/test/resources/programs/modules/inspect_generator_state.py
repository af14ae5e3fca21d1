# inspect's generator and coroutine states as programs print them while driving a generator by hand:
# created, suspended, running (seen from inside), closed, and the locals of a suspended one.
import inspect

def worker(n):
    total = 0
    for i in range(n):
        print('inside:', inspect.getgeneratorstate(g))
        total += i
        received = yield total
        print('received', received)
    return total

g = worker(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(next(g), inspect.getgeneratorstate(g), sorted(inspect.getgeneratorlocals(g).items()))
print(g.send('a'), sorted(inspect.getgeneratorlocals(g).items()))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))

g2 = worker(1)
next(g2)
try:
    g2.send('last')
except StopIteration as e:
    print('stopped', e.value, inspect.getgeneratorstate(g2))

for bad in (1, [], 'text', None):
    try:
        print(type(bad).__name__, inspect.getgeneratorlocals(bad))
    except TypeError as e:
        print('TypeError', e)

async def coro(x):
    y = x * 2
    return y

c = coro(4)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print('coroutine result', e.value, inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
print(inspect.getcoroutinelocals(42))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
