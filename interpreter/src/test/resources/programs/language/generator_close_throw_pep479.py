# generator close/throw/send, GeneratorExit, StopIteration values and PEP 479
def counter():
    n = 0
    try:
        while True:
            got = yield n
            print("got", got)
            n += 1
    except GeneratorExit:
        print("closing at", n)
        raise
    finally:
        print("finally")
g = counter()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
print(g.gi_frame, g.gi_running)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
c.throw(ValueError("one"))
c.throw(ValueError, "two")
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(c.gi_frame)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns():
    yield 1
    return "done"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value)
def raises_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)
f.close()
print(list(f))
def g2():
    x = yield
    print("x", x)
it = g2()
it.send(None)
try:
    it.send(3)
except StopIteration:
    print("stopped")
thrown = fresh()
try:
    thrown.throw(IndexError("before start"))
except IndexError as e:
    print("IndexError:", e)
print(next(thrown, "exhausted"))
