# The checks CPython makes on what special methods return: __iter__ non-iterator, __init__ not
# None, __new__ returning another type (no __init__), __hash__ non-int and huge ints reduced,
# __repr__/__str__ non-str, __dir__ non-iterable, __len__ via len(); reflected operators of a
# subclass tried first, __eq__ NotImplemented both ways falling back to identity, three-argument
# pow through __pow__, __divmod__/__rdivmod__, __matmul__ and __imatmul__.
class BadIter:
    def __iter__(self): return [1, 2]
class IterNotCallable:
    __iter__ = 3
for obj in (BadIter(), IterNotCallable()):
    for label, f in [('iter', iter), ('for', lambda o: [x for x in o]), ('list', list), ('unpack', lambda o: tuple((*o,)))]:
        try:
            f(obj)
        except TypeError as e:
            print(label, 'TypeError:', e)
class InitRet:
    def __init__(self): return 5
try:
    InitRet()
except TypeError as e:
    print('TypeError:', e)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
class NewSub:
    def __new__(cls):
        return super().__new__(Child)
    def __init__(self): print('  __init__ on', type(self).__name__)
class Child(NewSub): pass
print(NewOther(), type(NewSub()).__name__)
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
print(hash(H(-1)), hash(H(2**64)), hash(H(2**61 - 1)), hash(H(-2**61 + 1)), hash(H(True)))
for bad in (1.5, '1', None):
    try:
        hash(H(bad))
    except TypeError as e:
        print('TypeError:', e)
class ReprBad:
    def __repr__(self): return b'bytes'
    def __str__(self): return None
for f in (repr, str, lambda o: f'{o}', lambda o: '%s' % o, lambda o: [o].__repr__()):
    try:
        f(ReprBad())
    except TypeError as e:
        print('TypeError:', e)
class DirBad:
    def __dir__(self): return 5
class DirSet:
    def __dir__(self): return {'b', 'a', 'c'}
try:
    dir(DirBad())
except TypeError as e:
    print('TypeError:', e)
print(dir(DirSet()))

class Base:
    def __sub__(self, o): return 'Base.__sub__'
    def __rsub__(self, o): return 'Base.__rsub__'
class Derived(Base):
    def __rsub__(self, o): return 'Derived.__rsub__'
class DerivedNoOverride(Base): pass
print(Base() - Derived(), Derived() - Base(), Base() - DerivedNoOverride(), 1 - Derived())
class NoEq:
    def __eq__(self, o):
        print('  __eq__', type(self).__name__); return NotImplemented
class NoEq2(NoEq): pass
a, b = NoEq(), NoEq2()
print(a == b, a != b, a == a, a in [a], a in [b])
class Modular:
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None):
        return f'pow({self.v}, {e}, {m})'
    def __rpow__(self, b, m=None):
        return f'rpow({b}, {self.v}, {m})'
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __matmul__(self, o): return ('mm', o)
    def __rmatmul__(self, o): return ('rmm', o)
m = Modular(2)
print(pow(m, 3), pow(m, 3, 5), m ** 4, 2 ** m, pow(2, m), divmod(m, 7), divmod(7, m), m @ 1, 1 @ m)
try:
    pow(2, m, 5)
except TypeError as e:
    print('TypeError:', e)
mm = m
mm @= 3
print(mm)
try:
    [1] @ [2]
except TypeError as e:
    print('TypeError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
print(pow(3, -1, 7), pow(2, 10, -3), pow(-2, 3, 5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
class LenHuge:
    def __len__(self): return 2**63
try:
    len(LenHuge())
except OverflowError as e:
    print('OverflowError:', e)
class CtxMissing:
    def __enter__(self): return self
try:
    with CtxMissing():
        pass
except TypeError as e:
    print('TypeError:', e)
class Suppress:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): return 'truthy'
with Suppress() as s:
    raise KeyError('swallowed')
print('after with', s)
