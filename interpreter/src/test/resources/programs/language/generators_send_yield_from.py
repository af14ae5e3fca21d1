# Generators: lazy evaluation, send() into a running generator, yield from delegation with return
# values, close() and GeneratorExit, throw(), generator expressions, and infinite generators.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")


g = countdown(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count


a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)


def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from ["a", "b"]


o = outer()
print(next(o), o.send("s1"), o.send("s2"), next(o), next(o), next(o))
print(list(o))


def with_cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
    finally:
        print("finally runs")


w = with_cleanup()
print(next(w))
w.close()
w.close()
print(list(with_cleanup()))


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"


c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(next(c, "exhausted"))


def naturals():
    n = 0
    while True:
        yield n
        n += 1


import itertools
print(list(itertools.islice(naturals(), 5)))
squares = (n * n for n in naturals() if n % 2)
print([next(squares) for _ in range(4)])
gen = (x for x in [1, 2, 3])
print(sum(gen), sum(gen))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.takewhile(lambda x: x < 100, fib())))


def gen_return():
    yield 1
    return 5


print(list(gen_return()))
g2 = gen_return()
print(g2.gi_running, g2.gi_frame is not None, g2.__name__, g2.__qualname__)
list(g2)
print(g2.gi_frame)


def bad():
    yield 1
    raise StopIteration("inside")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
