# __class_getitem__ (implicitly a classmethod, looked up after a metaclass __getitem__),
# __mro_entries__ on non-class bases (types.new_class, resolve_bases, __orig_bases__), the
# generic aliases of builtins (list[int] as a base, its __origin__/__args__, isinstance refusing
# it, repr of nested aliases), and type.__subclasses__ order.
import types
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
class SubBox(Box): pass
print(Box[int], SubBox['x'], Box[1, 2], type(Box.__dict__['__class_getitem__']).__name__)
try:
    Box()[0]
except TypeError as e:
    print('TypeError:', e)
class MetaGet(type):
    def __getitem__(cls, item): return 'metaclass wins'
class Both(metaclass=MetaGet):
    def __class_getitem__(cls, item): return 'class_getitem'
print(Both[0])
class NotCallableCGI:
    __class_getitem__ = 'nope'
try:
    NotCallableCGI[0]
except TypeError as e:
    print('TypeError:', e)
class Plugin:
    def __init__(self, name): self.name = name
    def __mro_entries__(self, bases):
        print('  __mro_entries__', self.name, len(bases))
        return (Real,)
class Real:
    def hello(self): return 'real'
class Uses(Plugin('p1'), dict):
    pass
print([c.__name__ for c in Uses.__mro__], Uses.__orig_bases__[0].name, Uses().hello())
print(types.resolve_bases((Plugin('p2'), int)))
K = types.new_class('K', (Plugin('p3'),), {}, lambda ns: ns.update(x=1))
print(K.x, K.__bases__, hasattr(K, '__orig_bases__'))
class Empty:
    def __mro_entries__(self, bases): return ()
class OnlyEmpty(Empty()):
    pass
print(OnlyEmpty.__bases__, OnlyEmpty.__orig_bases__[0].__class__.__name__)
class IntList(list[int]):
    pass
print(IntList.__bases__, IntList.__orig_bases__, IntList([1]) + [2])
alias = dict[str, list[tuple[int, ...]]]
print(alias, alias.__origin__, alias.__args__, alias.__parameters__, list[int] == list[int], list[int] == list)
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print('TypeError:', e)
print(type(list[int]).__name__, list[int]([1, 2]), list[int]().__class__.__name__, tuple[()], type[int] | None)
print(dict[str, int] | None, (int | str).__args__, isinstance(1, int | str), int | str == str | int)
try:
    int[0]
except TypeError as e:
    print('TypeError:', e)
class Base: pass
class S1(Base): pass
class S2(Base): pass
class S3(S1): pass
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in S1.__subclasses__()])
try:
    type('T', (Plugin('p4'),), {})
except TypeError as e:
    print('TypeError:', e)
