# __prepare__ returning custom mappings: ordered-duplicate detection, a non-dict mapping
# (type.__new__ requires a dict), __getitem__ fallbacks for names, __call__ overrides.
import collections.abc

class NoDupNamespace(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError(f'duplicate definition of {key!r}')
        super().__setitem__(key, value)

class NoDupMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], sorted(kw))
        return NoDupNamespace()
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, type(ns).__name__, [k for k in ns if not k.startswith('__')])
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)

class A(metaclass=NoDupMeta, flag=1):
    x = 1
    def f(self): return 1

try:
    class B(metaclass=NoDupMeta):
        def g(self): pass
        def g(self): pass
except TypeError as e:
    print('TypeError:', e)

class AutoNS(dict):
    def __missing__(self, key):
        if key.isupper():
            self[key] = len(self)
            return self[key]
        raise KeyError(key)

class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()

class Colors(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
    both = (RED, BLUE)

print(Colors.RED, Colors.GREEN, Colors.BLUE, Colors.both)
try:
    class Bad(metaclass=AutoMeta):
        lower_name
except NameError as e:
    print('NameError:', e)

class Mapping(collections.abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)

class MapMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()

try:
    class C(metaclass=MapMeta):
        y = 2
except TypeError as e:
    print('TypeError:', e)

class MapMeta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns.d))

class D(metaclass=MapMeta2):
    y = 2
    def m(self): return __class__
print(D.y, D().m() is D)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class E(metaclass=BadPrepare): pass
except TypeError as e:
    print('TypeError:', e)

class Singleton(type):
    def __call__(cls, *a, **k):
        if '_inst' not in cls.__dict__:
            cls._inst = super().__call__(*a, **k)
        return cls._inst

class Conf(metaclass=Singleton):
    def __init__(self, v=0):
        print('Conf.__init__', v)
        self.v = v
a = Conf(1); b = Conf(2)
print(a is b, a.v)

class NoInstances(type):
    def __call__(cls, *a, **k):
        raise TypeError(f'{cls.__name__} cannot be instantiated')
class Static(metaclass=NoInstances):
    @staticmethod
    def helper(): return 'ok'
print(Static.helper())
try:
    Static()
except TypeError as e:
    print('TypeError:', e)

class ReturnsOther(type):
    def __call__(cls, *a):
        return list(a)
class R(metaclass=ReturnsOther):
    def __init__(self): print('never')
print(R(1, 2, 3))
print(type(A).__name__, type(Colors).__name__, isinstance(D, MapMeta2))
