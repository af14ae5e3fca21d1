# __getattribute__ overrides as proxies and tracers write them: delegating through super(),
# object.__getattribute__ directly, AttributeError falling back to __getattr__ (raised from inside
# __getattribute__ and from a property), special methods bypassing __getattribute__, and
# super() lookups skipping the instance's own overrides.
trace = []

class Traced:
    cls_attr = 'class'
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            trace.append(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        trace.append('getattr:' + name)
        if name in ('dyn', 'broken'):
            return 'dynamic:' + name
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
    @property
    def broken(self):
        raise AttributeError('inner')
    def method(self):
        return self.a

t = Traced()
print(t.a, t.cls_attr, t.dyn, t.method())
print(trace); trace.clear()
try:
    t.nope
except AttributeError as e:
    print('AttributeError', e)
print(t.broken); print(trace); trace.clear()
print(len.__name__, hasattr(t, 'zzz'), getattr(t, 'zzz', 'dflt')); print(trace); trace.clear()

class Sized:
    def __getattribute__(self, name):
        trace.append(name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return 'Sized()'
s = Sized()
print(len(s), repr(s), s.__len__()); print(trace); trace.clear()

class Proxy:
    __slots__ = ('_target',)
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattribute__(self, name):
        if name in ('_target', '__class__'):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_target'), name)
    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_target'), name, value)

class Box:
    def __init__(self): self.v = 1
    def get(self): return self.v
b = Box(); p = Proxy(b)
p.v = 99
print(p.get(), b.v, p.__class__.__name__, type(p).__name__)
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)

class Base:
    def who(self): return 'Base.who'
    x = 'Base.x'
class Derived(Base):
    def __getattribute__(self, name):
        if name == 'who':
            return lambda: 'intercepted'
        return super().__getattribute__(name)
    def check(self):
        return super().who(), self.who(), super().x
d = Derived()
print(d.check())
print(super(Derived, d).__getattribute__('x'))
sup = super(Derived, d)
print(sup.__self__ is d, sup.__thisclass__ is Derived, sup.__self_class__ is Derived)
try:
    super(Derived, d).nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    super(Derived, 5)
except TypeError as e:
    print('TypeError', e)
print(object.__getattribute__(d, 'x'))
try:
    object.__getattribute__(d, 5)
except TypeError as e:
    print('TypeError', e)
