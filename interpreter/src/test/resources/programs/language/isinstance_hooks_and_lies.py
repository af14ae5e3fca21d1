# isinstance/issubclass as frameworks bend them: __instancecheck__/__subclasscheck__ on a
# metaclass (not consulted for an exact type match), a __class__ property lying to isinstance
# (but not to type()), tuples and unions of classes (nested tuples, int | str), ABC register and
# __subclasshook__ returning NotImplemented, issubclass's TypeErrors for non-classes, and
# special methods looked up on the type (an instance attribute __len__ ignored).
import abc, collections.abc

log = []
class Meta(type):
    def __instancecheck__(cls, obj):
        log.append(('instancecheck', cls.__name__, type(obj).__name__))
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        log.append(('subclasscheck', cls.__name__, getattr(sub, '__name__', sub)))
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta):
    def quack(self): pass
class Robot:
    quack = None
class Rock:
    pass
print(isinstance(Robot(), Duck), isinstance(Rock(), Duck), isinstance(Duck(), Duck), issubclass(Robot, Duck), issubclass(Duck, Duck))
print(log); log.clear()
print(isinstance(Robot(), (int, (str, Duck))), issubclass(Robot, (int, Duck)), isinstance(3, int | str), isinstance('s', (int | None)))
print(log); log.clear()

class Liar:
    @property
    def __class__(self):
        return dict
l = Liar()
print(isinstance(l, dict), isinstance(l, Liar), type(l) is Liar, l.__class__, issubclass(Liar, dict))
class Broken:
    @property
    def __class__(self):
        raise AttributeError('no class')
print(isinstance(Broken(), Broken), isinstance(Broken(), int))

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return True if any('__len__' in B.__dict__ for B in C.__mro__) else NotImplemented
        return NotImplemented
class HasLen:
    def __len__(self): return 0
class Registered:
    pass
Sized.register(Registered)
print(issubclass(HasLen, Sized), issubclass(Registered, Sized), issubclass(int, Sized), isinstance([], Sized), Sized.register(int) is int)
class SubSized(Sized):
    pass
print(issubclass(HasLen, SubSized), issubclass(SubSized, Sized), isinstance(SubSized(), Sized))
print(isinstance(range(3), collections.abc.Sequence), isinstance({}, collections.abc.Sequence), issubclass(bytes, collections.abc.ByteString),
      isinstance(iter([]), collections.abc.Iterator), isinstance((x for x in ''), collections.abc.Generator), issubclass(list, collections.abc.Hashable))
for args in [(1, int), (int, 1), (int, (int, 1)), ([], list), (int, [int])]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError', e)
for args in [(1, 1), (1, (int, 1)), (1, [int]), (1, int | 'x' if False else 'str')]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print('TypeError', e)
class InstLen:
    pass
il = InstLen()
il.__len__ = lambda: 5
try:
    len(il)
except TypeError as e:
    print('TypeError', e, il.__len__())
class Weird(metaclass=Meta):
    pass
print(isinstance(Weird(), Weird), log[-1:] if log else 'exact type match skips __instancecheck__')
class WithBases:
    __bases__ = ()
    def __instancecheck__(self, obj):
        return True
print(isinstance(1, WithBases()) if False else issubclass(bool, (int,)), bool.__mro__, int.__subclasscheck__(bool) if hasattr(int, '__subclasscheck__') else type.__subclasscheck__(int, bool))
