# ABCs: register (and its return value as a decorator), __subclasshook__ returning
# True/False/NotImplemented, __instancecheck__/__subclasscheck__ on metaclasses, the ABC caches
# invalidated by a later register, abstract methods and the instantiation error wording.
import abc
from collections.abc import Sized, Iterable, Container, Hashable, Callable, Sequence, Mapping

class Drawable(abc.ABC):
    @abc.abstractmethod
    def draw(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any('draw' in B.__dict__ for B in C.__mro__):
                return True
            if any('nodraw' in B.__dict__ for B in C.__mro__):
                return False
        return NotImplemented

class Circle:
    def draw(self): return 'o'
class Blank:
    nodraw = True
class Plain: pass

print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(issubclass(Blank, Drawable), issubclass(Plain, Drawable))
Drawable.register(Plain)
print('after register', issubclass(Plain, Drawable))
r = Drawable.register(Blank)
print(r is Blank, issubclass(Blank, Drawable))

@Sequence.register
class MySeq:
    def __getitem__(self, i): return i
    def __len__(self): return 3
print(issubclass(MySeq, Sequence), isinstance(MySeq(), Iterable), issubclass(MySeq, Sized))
print(isinstance([], Sequence), isinstance({}, Sequence), isinstance('', Sequence))

class HasLen:
    def __len__(self): return 0
class NoHash:
    __hash__ = None
class CallMe:
    def __call__(self): pass
print(isinstance(HasLen(), Sized), isinstance(NoHash(), Hashable), isinstance(CallMe(), Callable))
print(isinstance(HasLen, Callable), isinstance(len, Callable), isinstance(1, Container))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print('TypeError:', e)
print(sorted(Sq.__abstractmethods__))
class Sq2(Sq):
    perimeter = lambda self: 8
    name = 'sq'
print(Sq2().area(), Sq2().perimeter(), Sq2().name, Sq2.__abstractmethods__)
Sq2.extra = abc.abstractmethod(lambda self: 0)
print(Sq2().area(), sorted(Sq2.__abstractmethods__))
Sq.__abstractmethods__ = frozenset()
print(type(Sq()).__name__)

class Meta(type):
    def __instancecheck__(cls, obj):
        print('  instancecheck', cls.__name__, type(obj).__name__)
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        print('  subclasscheck', cls.__name__, getattr(sub, '__name__', sub))
        return sub is bool
class Even(metaclass=Meta): pass
print(isinstance(4, Even), isinstance(3, Even), isinstance(Even(), Even))
print(issubclass(bool, Even), issubclass(int, Even), issubclass(Even, Even))
print(isinstance(4, (str, Even)), issubclass(bool, (Even, str)))
try:
    issubclass(4, Even)
except TypeError as e:
    print('TypeError:', e)
print(issubclass(4, Even) if False else 'skip')

class Weird(metaclass=Meta):
    pass
class RaisesCheck(type):
    def __instancecheck__(cls, obj):
        raise LookupError('from instancecheck')
class X(metaclass=RaisesCheck): pass
try:
    isinstance(1, X)
except LookupError as e:
    print('LookupError:', e)
try:
    isinstance(X(), X)
except LookupError as e:
    print('LookupError (exact type):', e)
print(isinstance(X(), (X,)) if False else 'skipped exact')

class MyABC(abc.ABC): pass
MyABC.register(int)
print(isinstance(True, MyABC), issubclass(bool, MyABC), MyABC._abc_registry_clear() is None, isinstance(1, MyABC))
try:
    MyABC.register(3)
except TypeError as e:
    print('TypeError:', e)
class Child(MyABC): pass
try:
    Child.register(MyABC)
except RuntimeError as e:
    print('RuntimeError:', e)
