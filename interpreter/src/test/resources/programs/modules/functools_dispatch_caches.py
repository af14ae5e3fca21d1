# functools as a library author uses it: singledispatchmethod on instance and class methods with
# register by annotation and by type, union types in registrations, dispatch on a subclass,
# partialmethod, cache and lru_cache statistics and cache_clear, cached_property's errors,
# wraps/update_wrapper's attributes (__wrapped__, __dict__ merge, missing attributes),
# total_ordering, reduce's errors, and the reprs of partial objects.
import functools
from decimal import Decimal

class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f'object:{arg!r}'
    @fmt.register
    def _(self, arg: int):
        return f'int:{arg:+d}'
    @fmt.register(float)
    @fmt.register(Decimal)
    def _(self, arg):
        return f'num:{arg:.2f}'
    @fmt.register
    def _(self, arg: list | tuple):
        return 'seq:' + ','.join(self.fmt(x) for x in arg)
    @functools.singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f'{cls.__name__}:other'
    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f'{cls.__name__}:str'

f = Formatter()
print(f.fmt(3), f.fmt(2.5), f.fmt(Decimal('1.005')), f.fmt([1, (2.0, 'x')]), f.fmt(True), f.fmt(None))
print(Formatter.kind('s'), Formatter.kind(3))

@functools.singledispatch
def area(shape):
    raise TypeError(f'unsupported shape {type(shape).__name__}')
@area.register
def _(shape: dict):
    return shape['w'] * shape['h']
class Sq(dict):
    pass
print(area({'w': 2, 'h': 3}), area(Sq(w=4, h=4)), area.dispatch(Sq).__name__, sorted(t.__name__ for t in area.registry))
try:
    area(5)
except TypeError as e:
    print('TypeError', e)
try:
    @area.register
    def _(shape):
        return 0
except TypeError as e:
    print('TypeError', str(e).split(' at 0x')[0][:90])

class Light:
    def __init__(self):
        self.state = 'off'
    def set(self, state):
        self.state = state
        return self
    on = functools.partialmethod(set, 'on')
    off = functools.partialmethod(set, state='off')
l = Light()
print(l.on().state, l.off().state, repr(Light.__dict__['on'])[:40])

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

@functools.lru_cache(maxsize=2, typed=True)
def norm(x):
    return str(x)
for x in [1, 1.0, 1, 2, 1.0, 3, 1]:
    norm(x)
print(norm.cache_info(), norm.cache_parameters())

class Report:
    def __init__(self, rows):
        self.rows = rows
    @functools.cached_property
    def total(self):
        print('  computing total')
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total, 'total' in vars(r))
del r.total
print(r.total)
class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print('TypeError', e)

def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    inner.extra = 'inner'
    return inner
@deco
def documented(a: int) -> int:
    """Doc string."""
    return a
documented.__dict__['tag'] = 1
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__annotations__,
      documented.__wrapped__.__name__, documented.extra, documented.__module__)
def target(): pass
target.custom = {'k': 1}
class Callable:
    def __call__(self): pass
w = functools.update_wrapper(Callable(), target)
print(w.__name__, w.custom, w.__wrapped__ is target)
w2 = functools.update_wrapper(lambda: 0, object(), assigned=('__name__', '__nope__'), updated=())
print(w2.__name__)

@functools.total_ordering
class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
print(Ver(1, 2) <= Ver(1, 3), Ver(2) > Ver(1, 9), Ver(1) >= Ver(1), sorted(['__ge__', '__gt__', '__le__']) == sorted(k for k in vars(Ver) if k in ('__ge__', '__gt__', '__le__')))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [], 0))
try:
    functools.reduce(max, [])
except TypeError as e:
    print('TypeError', e)
p = functools.partial(int, base=2)
print(p('101'), repr(p), repr(functools.partial(p, '11')), functools.partial(p, '11')())
print(type(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))).__name__, sorted('cab', key=functools.cmp_to_key(lambda a, b: -1 if a > b else 1)))
