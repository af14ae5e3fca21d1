# Class decorators that replace the class (a function, an instance, a subclass: what
# __qualname__, super() and __class__ then see), __init_subclass__ with keyword arguments
# (defaults, passed through the MRO with super(), errors for unknown keywords reaching object),
# and the order of __set_name__, __init_subclass__ and decorators.
import functools
registry = {}
def register(name=None):
    def deco(cls):
        print(f'  decorate {cls.__name__}')
        registry[name or cls.__name__] = cls
        return cls
    return deco

class Plugin:
    def __init_subclass__(cls, /, kind='generic', priority=0, **kw):
        print(f'  Plugin.__init_subclass__({cls.__name__}, kind={kind!r}, priority={priority}, kw={kw})')
        super().__init_subclass__(**kw)
        cls.kind, cls.priority = kind, priority
class Tagged:
    def __init_subclass__(cls, tag=None, **kw):
        print(f'  Tagged.__init_subclass__({cls.__name__}, tag={tag!r})')
        super().__init_subclass__(**kw)
        cls.tag = tag

class Noted:
    def __set_name__(self, owner, name): print(f'  __set_name__ {name}')

@register('csv')
class CsvPlugin(Plugin, Tagged, kind='reader', tag='t1'):
    field = Noted()
print(CsvPlugin.kind, CsvPlugin.priority, CsvPlugin.tag, sorted(registry))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(Plugin, kind='x', kind2='y'):
        pass
except TypeError as e:
    print('TypeError:', e)
class Sub(CsvPlugin, priority=5):
    pass
print(Sub.kind, Sub.priority, Sub.tag)

def singleton(cls):
    inst = cls()
    print('  singleton made', type(inst).__name__)
    return inst
@singleton
class Config:
    def __init__(self): self.values = {'debug': False}
    def who(self): return __class__.__name__
print(type(Config).__name__, Config.values, Config.who())

def as_function(cls):
    @functools.wraps(cls, updated=())
    def factory(*a):
        return cls(*a)
    return factory
@as_function
class Point:
    def __init__(self, x): self.x = x
print(Point.__name__, Point.__qualname__, type(Point).__name__, Point(3).x, type(Point(3)).__name__)

def add_repr(cls):
    class Wrapped(cls):
        def __repr__(self):
            return f'{cls.__name__}<{super().__repr__()[:1]}...>'
    Wrapped.__name__ = cls.__name__
    Wrapped.__qualname__ = cls.__qualname__
    return Wrapped
@add_repr
class Thing:
    def hello(self): return type(self).__name__, __class__ is type(self)
t = Thing()
print(repr(t), t.hello(), Thing.__mro__[1].__name__, len(Thing.__mro__))

def count_calls(cls):
    orig = cls.__init__
    def __init__(self, *a, **k):
        cls.created += 1
        orig(self, *a, **k)
    cls.created = 0
    cls.__init__ = __init__
    return cls
@count_calls
@register()
class Widget:
    def __init__(self, n): self.n = n
Widget(1); Widget(2)
print(Widget.created, 'Widget' in registry, Widget.__init__.__qualname__)

def returns_none(cls):
    return None
@returns_none
class Gone: pass
print(Gone)
class Order:
    def __init_subclass__(cls, **kw):
        print('  init_subclass sees', [k for k in cls.__dict__ if not k.startswith('__')])
@register('ord')
class O2(Order):
    a = Noted()
    b = 1
print(sorted(registry))
