# type.__new__ / type() errors: metaclass conflict, bad bases, layout conflicts, __slots__ errors,
# type() argument checks, __qualname__ and __classcell__ checks.
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: type('C', (A, B), {}))
def mk():
    class C(A, B): pass
show(mk)
class M3(M1, M2): pass
def mk2():
    class C(A, B, metaclass=M3): pass
    return type(C).__name__
show(mk2)
show(lambda: type('X', (int, str), {}))
show(lambda: type('X', (1,), {}))
show(lambda: type('X', (), []))
show(lambda: type(1, (), {}))
show(lambda: type('X'))
show(lambda: type('X', ()))
show(lambda: type('X', (bool,), {}))
show(lambda: type('X', (), {'__slots__': 3}))
show(lambda: type('X', (), {'__slots__': ('a', 'a')}))
show(lambda: type('X', (), {'__slots__': ('1a',)}))
show(lambda: type('X', (), {'__slots__': ('a',), 'a': 1}))
show(lambda: type('X', (), {'__slots__': ('__dict__', '__dict__')}))
show(lambda: type('X', (int,), {'__slots__': ('a',)}))
show(lambda: type('X', (), {'__qualname__': 3}))
show(lambda: type('X', (), {'__qualname__': 'Q.X'}).__qualname__)
show(lambda: type('X\0Y', (), {}))
show(lambda: type('X', (A, A), {}))
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
show(lambda: type('X', (S1, S2), {}))
show(lambda: type('X', (object, S1), {}))
show(lambda: type.__new__(M1, 'X', (), {}).__class__.__name__)
show(lambda: type.__new__(int, 'X', (), {}))
show(lambda: type.__new__(type))
show(lambda: type.__init__(type, 'X', (), {}, 1))
def meta_func(name, bases, ns, **kw):
    return (name, bases, sorted(ns), kw)
class F(A, metaclass=meta_func, z=3):
    q = 1
print(F[0], [b.__name__ for b in F[1]], F[2], F[3])
def kwcls():
    class K(foo=1): pass
show(kwcls)
def mro_conflict():
    class X: pass
    class Y(X): pass
    class Z(X, Y): pass
show(mro_conflict)
def dup_base():
    class X: pass
    class Z(X, X): pass
show(dup_base)
show(lambda: type('X', (type(None),), {}))
show(lambda: type('X', (type(lambda: 0),), {}))
class Cell(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
def cellless():
    class C(metaclass=Cell):
        def f(self): return __class__
    return C
show(cellless)
class CellSwap(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name + '2', bases, dict(ns))
def cellswap():
    class C(metaclass=CellSwap):
        def f(self): return __class__
    return C().f().__name__
show(cellswap)
