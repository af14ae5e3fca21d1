# What the namespaces added do: type's layout members and its __annotations__/__abstractmethods__
# getsets (made, stored, deleted; abc's use), type[X] without a __class_getitem__, __sizeof__ of str,
# dict, set, generators and type (also through a subclass and super()), float.__getformat__, the
# __reduce__/__getnewargs__ of the singletons, str, bytes, bytearray, range and slice with pickle and
# copy, the dict views' isdisjoint and mapping.
class S(str): pass
class D(dict): pass
def g(): yield 1
for e in ["'ab'.__sizeof__()", "S('ab').__sizeof__()", "{}.__sizeof__()", "D().__sizeof__()", "set().__sizeof__()", "frozenset([1,2]).__sizeof__()", "'é'.__sizeof__()", "g().__sizeof__()",
          "type.__sizeof__(type)", "type.__sizeof__(S)", "bytearray(b'ab').__reduce__()", "bytearray(b'ab').__reduce_ex__(2)","bytearray(b'ab').__reduce_ex__(4)", "range(1,5,2).__reduce__()", "slice(1,2).__reduce__()",
          "{1:2}.keys().mapping", "{1:2}.keys().isdisjoint([1])", "S.__annotations__", "S.__abstractmethods__", "int.__annotations__", "type[int]", "__import__('sys').getsizeof(S('ab'))", "__import__('sys').getsizeof({})",
          "__import__('sys').getsizeof(g())", "__import__('sys').getsizeof(set())", "__import__('sys').getsizeof(int)", "__import__('sys').getsizeof(S)"]:
    try: print(e, eval(e))
    except Exception as x: print(e, type(x).__name__, x)
class SS(str):
    def __sizeof__(self): return super().__sizeof__() + 1
print(SS('ab').__sizeof__(), __import__('sys').getsizeof(SS('ab')))
class A: x: int
print(A.__annotations__, type.__dict__['__basicsize__'], type.__basicsize__, int.__mro__, bool.__base__)
import abc
class B(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
print(B.__abstractmethods__)
try: B()
except TypeError as e: print(e)
B.__abstractmethods__ = frozenset()
print(type(B()).__name__)
del B.__abstractmethods__
try: del B.__abstractmethods__
except AttributeError as e: print('AE', e)
try: int.__abstractmethods__ = 1
except TypeError as e: print(e)
print(type[int], list[int])
try: type.__class_getitem__
except AttributeError as e: print(e)
print(float.__getformat__('double'), NotImplemented.__reduce__(), Ellipsis.__reduce__())
import pickle, copy
for x in [bytearray(b'ab'), bytearray(), range(1,5,2), slice(1,None), Ellipsis, NotImplemented, 'ab', b'c', (1,2)]:
    for p in range(6):
        y = pickle.loads(pickle.dumps(x, p)); assert y == x and type(y) is type(x), (x, p)
    print(copy.copy(x) == x, copy.deepcopy(x) == x)
print({1:2}.items().mapping, {1:2}.keys().isdisjoint({3}), {1:2}.keys().isdisjoint([1]))
class C: pass
C.__annotations__ = {'a': 1}
print(C.__annotations__); del C.__annotations__
print(C.__annotations__)
# an AttributeError a getter raises is no attribute for getattr's default and hasattr
print(getattr(object, '__abstractmethods__', 'none'), hasattr(int, '__abstractmethods__'))
class P:
    @property
    def x(self):
        raise AttributeError('inside')
print(getattr(P(), 'x', 'default'), hasattr(P(), 'x'))
try:
    P().x
except AttributeError as e:
    print(e)
