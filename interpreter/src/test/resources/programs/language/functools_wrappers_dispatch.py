# functools as library code uses it: wraps copying __module__/__name__/__qualname__/__doc__/
# __dict__ and setting __wrapped__ (inspect.unwrap through a chain), lru_cache statistics,
# typed=True, cache_parameters, and its unhashable-argument error, singledispatch registration
# by annotation and by union-free ABC dispatch with dispatch(), singledispatchmethod,
# cached_property's __set_name__ errors, partial's repr/flattening and reduce with/without initial.
import functools, inspect, collections.abc

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.extra = 'added'
    return wrapper

@trace
@trace
def area(w: int, h: int = 2) -> int:
    """Area of a rectangle."""
    return w * h
area.__dict__['note'] = 'kept'
print(area.__name__, area.__qualname__, area.__doc__, area.__annotations__, area.extra)
print(area.__wrapped__.__wrapped__ is inspect.unwrap(area), str(inspect.signature(area)), area(3))
print(sorted(k for k in vars(area) if not k.startswith('__')))

@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n
for n in (1, 2, 1, 3, 1, 2):
    sq(n)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits, fib.cache_info().maxsize)

@functools.singledispatch
def describe(obj):
    return f'object {type(obj).__name__}'
@describe.register
def _(obj: int):
    return f'int {obj}'
@describe.register(collections.abc.Sequence)
def _(obj):
    return f'sequence of {len(obj)}'
@describe.register(bool)
def _(obj):
    return f'bool {obj}'
print(describe(5), describe(True), describe('abc'), describe([1, 2]), describe(1.5), describe(range(3)))
print(describe.dispatch(bool).__name__, describe.registry[object].__name__, len(describe.registry))
try:
    @describe.register
    def _(obj):
        return 'no annotation'
except TypeError as e:
    print('TypeError', str(e).split(':')[0])

class Shape:
    @functools.singledispatchmethod
    def scale(self, factor):
        return f'generic {factor}'
    @scale.register
    def _(self, factor: int):
        return f'int scale {factor}'
    @scale.register
    def _(self, factor: float):
        return f'float scale {factor}'
print(Shape().scale(2), Shape().scale(2.5), Shape().scale('x'))

class Config:
    def __init__(self):
        self.loads = 0
    @functools.cached_property
    def settings(self):
        self.loads += 1
        return {'loaded': self.loads}
c = Config()
print(c.settings, c.settings, c.loads, 'settings' in vars(c))
del c.settings
print(c.settings, type(Config.settings).__name__, Config.settings.attrname)
cp = functools.cached_property(lambda self: 1)
class Two:
    a = cp
try:
    class Three:
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ()
    @functools.cached_property
    def value(self):
        return 1
try:
    Slotted().value
except TypeError as e:
    print('TypeError', e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
p1 = functools.partial(power, 2)
p2 = functools.partial(p1, mod=7)
print(p2(10), p2.func is power, p2.args, p2.keywords, repr(p2).replace(hex(id(power)), 'ADDR').split(' at ')[0])
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 'init'))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError', e)
print(functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(V(1) <= V(1), V(2) >= V(3), V(2) > V(1))
