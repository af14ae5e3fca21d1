# Pins down: what type.__call__ does: __new__ returning an instance of another class skips
# __init__, returning a subclass instance runs it, __init__ returning non-None (TypeError), the
# excess-arguments rules of object.__new__/__init__ when one of them is overridden, metaclass
# __call__ overriding instance creation (singletons, caching), type(x) one-argument form vs
# three-argument form errors, and __class__ assignment rules and messages.
class Other:
    def __init__(self, *a):
        print('  Other.__init__ (should not run from A())')

class A:
    def __new__(cls, kind):
        print('  A.__new__', kind)
        if kind == 'other':
            return Other()
        if kind == 'sub':
            return super().__new__(ASub)
        if kind == 'none':
            return None
        return super().__new__(cls)
    def __init__(self, kind):
        print('  A.__init__', type(self).__name__, kind)

class ASub(A):
    pass

for kind in ('plain', 'other', 'sub', 'none'):
    r = A(kind)
    print(kind, '->', type(r).__name__)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError', e)

class NoOverrides:
    pass
class OnlyInit:
    def __init__(self, *a, **k):
        pass
class OnlyNew:
    def __new__(cls, *a, **k):
        return super().__new__(cls)
class NewPassesArgs:
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
class InitPassesArgs:
    def __init__(self, *a, **k):
        super().__init__(*a, **k)

for cls in (NoOverrides, OnlyInit, OnlyNew, NewPassesArgs, InitPassesArgs):
    for args, kw in (((), {}), ((1,), {}), ((), {'k': 1})):
        try:
            cls(*args, **kw)
            print(cls.__name__, args, kw, 'ok')
        except TypeError as e:
            print(cls.__name__, args, kw, 'TypeError', e)

try:
    object.__new__(5)
except TypeError as e:
    print('TypeError', e)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError', e)
try:
    int.__new__(str)
except TypeError as e:
    print('TypeError', e)
try:
    object.__init__(NoOverrides(), 1)
except TypeError as e:
    print('TypeError', e)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            print('  creating', cls.__name__, args)
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name
a, b = Config('first'), Config('second')
print(a is b, a.name)

class NoInstances(type):
    def __call__(cls, *a, **k):
        raise TypeError(f'{cls.__name__} cannot be instantiated')
class Static(metaclass=NoInstances):
    @staticmethod
    def helper():
        return 'helper'
try:
    Static()
except TypeError as e:
    print('TypeError', e, Static.helper())

print(type(5).__name__, type(type).__name__, type(Static).__name__)
for args in [(), (1, 2), ('X', 5, {}), ('X', (), []), ('X', (5,), {}), (b'X', (), {})]:
    try:
        r = type(*args)
        print('type', args, '->', r)
    except TypeError as e:
        print('type', args, 'TypeError', e)
try:
    type('X', (), {}, extra=1)
except TypeError as e:
    print('TypeError', e)

# __class__ assignment
class P:
    pass
class Q:
    pass
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
p = P()
p.__class__ = Q
print(type(p).__name__)
s = S1()
s.__class__ = S2
print(type(s).__name__)
for target, obj in [(S3, S1()), (int, P()), (P, 5), (P, S1()), (list, []), ('notatype', P())]:
    try:
        obj.__class__ = target
        print('assigned', type(obj).__name__)
    except TypeError as e:
        print('TypeError', e)
import types
m = types.ModuleType('m')
class MyMod(types.ModuleType):
    pass
m.__class__ = MyMod
print(type(m).__name__)
