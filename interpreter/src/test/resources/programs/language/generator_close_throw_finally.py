# Generators' close/throw protocol at its corners: close() on a generator that yields in finally
# (RuntimeError "generator ignored GeneratorExit"), close() swallowing StopIteration from return,
# throw() with a type, an instance, a type plus value and a traceback (checked, kept), throw() into a yield from delegating to
# an iterator without throw(), a generator catching GeneratorExit and returning, PEP 479 turning
# StopIteration into RuntimeError (with the cause), and a finished generator's throw.
import sys

def stubborn():
    try:
        yield 1
    finally:
        yield 'in finally'
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        return 'ignored value'
g = returns_on_exit(); next(g)
print(g.close(), g.gi_frame)

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught', repr(e), e.args)
        except TypeError as e:
            print('caught type error', e, e.__traceback__ is not None)
c = catcher(); next(c)
c.throw(ValueError)
c.throw(ValueError('inst'))
c.throw(ValueError, 'val')
c.throw(ValueError, ('tuple', 'args'))
c.throw(TypeError, TypeError('x'), None)
try:
    c.throw(ValueError('i'), 'extra')
except TypeError as e:
    print('TypeError', e)
try:
    c.throw(5)
except TypeError as e:
    print('TypeError', e)
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e, c.gi_frame)

class PlainIter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        return self.i
def delegate():
    try:
        yield from PlainIter()
    except ValueError as e:
        yield f'delegate caught {e}'
d = delegate()
print(next(d), next(d), d.throw(ValueError('to delegate')))

class WithClose(PlainIter):
    def close(self):
        print('inner close called')
def delegate2():
    yield from WithClose()
d2 = delegate2(); next(d2)
d2.close()

def pep479():
    yield 1
    raise StopIteration('leaked')
try:
    list(pep479())
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__cause__), e.__suppress_context__)
def next_in_gen():
    it = iter([])
    yield next(it)
try:
    next(next_in_gen())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

def done():
    yield 1
dg = done(); list(dg)
try:
    dg.throw(IndexError('after'))
except IndexError as e:
    print('finished throw', e)
print(dg.close(), next(dg, 'exhausted'))

def returns():
    yield 1
    return 'result'
r = returns(); next(r)
try:
    next(r)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
def yield_from_result():
    res = yield from returns()
    yield ('got', res)
print(list(yield_from_result()))

def finally_order():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('cleanup, exc =', sys.exc_info()[0])
f = finally_order(); next(f)
del f
f2 = finally_order(); next(f2)
try:
    f2.throw(OSError('io'))
except OSError:
    print('OSError out')
def genexit_subclass():
    try:
        yield
    except BaseException as e:
        print('saw', type(e).__name__, e.args)
        raise
g3 = genexit_subclass(); next(g3)
g3.close()
print(GeneratorExit.__mro__[1].__name__, issubclass(GeneratorExit, Exception))
def tb_catcher():
    try:
        yield 1
    except ValueError as e:
        yield (e.args, e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    raise ValueError('x')
except ValueError as e:
    saved_tb = e.__traceback__
gt = tb_catcher(); next(gt)
print(gt.throw(ValueError, ValueError('y'), saved_tb))
gt2 = tb_catcher(); next(gt2)
try:
    gt2.throw(ValueError, None, 5)
except TypeError as e:
    print('TypeError', e)
class NotAnException(Exception):
    def __new__(cls, *a):
        return 5
gt3 = tb_catcher(); next(gt3)
try:
    gt3.throw(NotAnException)
except TypeError as e:
    print('TypeError', e)
