# The generator protocol driven by hand: send() before start, values yielded by a throw()
# that the generator catches, close() of a generator that yields in finally (RuntimeError),
# return values in StopIteration, yield from passing send/throw/close down two levels,
# gi_running, gi_yieldfrom and the states of inspect.getgeneratorstate.
import inspect


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append(f"caught {e}")
                yield "recovered"
    except GeneratorExit:
        print("  echo closing with", received)
        raise
    finally:
        print("  echo finally")


g = echo()
print(inspect.getgeneratorstate(g))
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None), g.send("a"), inspect.getgeneratorstate(g))
print(g.throw(ValueError("bad")), g.send("ignored"), g.send("b"))
g.close()
print(inspect.getgeneratorstate(g), g.gi_frame)


def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def inner():
    total = 0
    while True:
        try:
            v = yield total
        except KeyError as e:
            print("  inner caught", repr(e))
            v = 100
        if v is None:
            return total
        total += v


def middle():
    r = yield from inner()
    print("  middle got", r)
    r2 = yield from inner()
    return r + r2


def outer():
    result = yield from middle()
    return f"outer done {result}"


o = outer()
print(next(o), o.send(1), o.send(2), o.throw(KeyError("k")))
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_yieldfrom.__name__)
print(o.send(None), o.send(7))
try:
    o.send(None)
except StopIteration as e:
    print("StopIteration:", e.value, e.args)


def selfref():
    yield gen.gi_running
    yield next(gen)


gen = selfref()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
try:
    o.throw(StopIteration)
except (StopIteration, RuntimeError) as e:
    print(type(e).__name__, e)


def leaky():
    yield 1
    raise StopIteration("inside")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))

t = (x * x for x in range(3))
print(t.__name__, t.__qualname__, next(t), list(t), list(t))
gt = echo()
try:
    gt.throw(ValueError, ValueError("never started"))
except ValueError as e:
    print("ValueError from unstarted:", e)
