# Pins down: generator close() while suspended inside `with` blocks and nested try/finally (the
# order of __exit__ and finally output, the GeneratorExit seen by __exit__), yield inside finally
# during close (RuntimeError "generator ignored GeneratorExit"), close() returning None, close of a
# generator suspended in a yield from (the inner closed first), throw() into a with block that
# suppresses, and gi_frame/gi_running/gi_suspended states around each step.
import inspect

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f'  enter {self.name}')
        return self
    def __exit__(self, et, ev, tb):
        print(f'  exit {self.name} {et.__name__ if et else None} {ev!r}')
        return self.suppress

def g1():
    with CM('outer'):
        try:
            with CM('inner'):
                yield 1
                yield 2
        finally:
            print('  finally of g1')
    print('  never after close')

print('--- close in nested with')
g = g1()
print(next(g), inspect.getgeneratorstate(g))
print('close returns', g.close(), inspect.getgeneratorstate(g), g.gi_frame)
print('second close', g.close())

print('--- suppressing with swallows GeneratorExit -> returns normally')
def g2():
    with CM('sup', suppress=True):
        yield 'a'
    print('  after with in g2')
    return 'ret'
g = g2()
next(g)
print('close', g.close(), inspect.getgeneratorstate(g))

print('--- suppressing then yields again -> RuntimeError')
def g3():
    with CM('sup', suppress=True):
        yield 'a'
    yield 'again'
g = g3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e, inspect.getgeneratorstate(g))

print('--- yield in finally')
def g4():
    try:
        yield 1
    finally:
        yield 'cleanup'
g = g4()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
print(inspect.getgeneratorstate(g))

print('--- raising a different exception from finally on close')
def g5():
    try:
        yield 1
    finally:
        raise ValueError('from finally')
g = g5()
next(g)
try:
    g.close()
except ValueError as e:
    print('ValueError', e, type(e.__context__).__name__)

print('--- close of delegating generator closes inner first')
def inner():
    try:
        yield 'i1'
        yield 'i2'
    finally:
        print('  inner finally')
def outer():
    try:
        r = yield from inner()
        print('  got', r)
    finally:
        print('  outer finally')
g = outer()
print(next(g))
g.close()

print('--- inner without close method (plain iterator) in yield from')
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
def outer2():
    try:
        yield from It()
    finally:
        print('  outer2 finally')
g = outer2()
print(next(g), next(g))
g.close()

print('--- inner close raising')
class CloseRaises(It):
    def close(self):
        print('  CloseRaises.close')
        raise KeyError('close')
def outer3():
    yield from CloseRaises()
g = outer3()
next(g)
try:
    g.close()
except KeyError as e:
    print('KeyError', e)

print('--- throw into with that suppresses, then continue')
def g6():
    for i in range(3):
        with CM(f'w{i}', suppress=True):
            yield i
    yield 'end'
g = g6()
print(next(g))
print('throw ->', g.throw(ValueError('x')))
print('throw ->', g.throw(ValueError('y')))
print('next ->', next(g))
print(list(g))

print('--- GeneratorExit caught and returned from')
def g7():
    try:
        yield 1
    except GeneratorExit:
        print('  caught GeneratorExit')
        return 'ignored value'
g = g7()
next(g)
print(g.close())

print('--- close unstarted and running')
def g8():
    yield g.close()
g = g8()
print(g.close(), inspect.getgeneratorstate(g))
g = g8()
try:
    next(g)
except ValueError as e:
    print('ValueError', e)
