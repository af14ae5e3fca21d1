# Pins down: __class_getitem__ as an implicit classmethod (with and without @classmethod), its
# precedence against a metaclass __getitem__, types.GenericAlias built from user classes
# (__origin__, __args__, __parameters__ with TypeVars, repr, calling the alias, isinstance refusal,
# equality and hashing, pickling-free attributes), subscripting errors of classes without it,
# and __mro_entries__ of aliases when subclassing list[int] or a user alias.
import types
from typing import TypeVar

T = TypeVar('T')
K = TypeVar('K')

class Box:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)
    def __init__(self, v=None):
        self.v = v

class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return f'Explicit[{item!r}] via {cls.__name__}'

class Static:
    @staticmethod
    def __class_getitem__(item):
        return f'static {item!r}'

class Meta(type):
    def __getitem__(cls, item):
        return f'Meta.__getitem__ {item!r}'
class WithBoth(metaclass=Meta):
    def __class_getitem__(cls, item):
        return f'__class_getitem__ {item!r}'

print(type(Box.__dict__['__class_getitem__']).__name__)
print(Explicit[int], '|', Static[1, 2], '|', WithBoth['x'])
class SubExplicit(Explicit):
    pass
print(SubExplicit[str])

a = Box[int]
print(repr(a), a.__origin__ is Box, a.__args__, a.__parameters__)
b = Box[T]
print(repr(b), b.__parameters__, repr(b[str]))
c = Box[K, T]
print(repr(c), c.__parameters__, repr(c[int, bytes]))
try:
    b[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    a[int]
except TypeError as e:
    print('TypeError', e)
inst = a(5)
print(type(inst).__name__, inst.v, getattr(inst, '__orig_class__', 'no orig_class'))
try:
    isinstance(inst, a)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(Box, a)
except TypeError as e:
    print('TypeError', e)
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]), Box[int] == Box)
print(repr(Box[int, ...]), repr(Box[()]), repr(Box[[int, str]]), repr(Box[list[int]]))
print(repr(list[Box[int]]), repr(dict[str, Box]), repr(tuple[int, ...]))

class Plain:
    pass
for expr in ['Plain[int]', 'int[0]', 'object[int]', '(5)[0]', 'Box[int][str]']:
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, 'TypeError', e)

class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList.__mro__[1].__name__)
class MyBox(Box[int]):
    pass
print(MyBox.__bases__, MyBox.__orig_bases__)
class Marker:
    def __mro_entries__(self, bases):
        print('  mro_entries got', tuple(getattr(b, '__name__', type(b).__name__) for b in bases))
        return (Plain,)
class Mixed(Marker(), Box[str]):
    pass
print(Mixed.__bases__, [b.__name__ if isinstance(b, type) else type(b).__name__ for b in Mixed.__orig_bases__])
print(types.new_class('Dyn', (Box[int],)).__bases__)
print(types.resolve_bases((Box[int], Marker(), int)))

# GenericAlias attributes forwarded to the origin
print(Box[int].__name__ if hasattr(Box[int], '__name__') else 'no __name__', Box[int].__module__, Box[int].__mro__ == Box.__mro__)
print(list[int].__class__.__name__, type(list[int]) is types.GenericAlias)
print(list[int]([1, 2]), dict[str, int](a=1))
print(list[int] | None, type(list[int] | None).__name__)
