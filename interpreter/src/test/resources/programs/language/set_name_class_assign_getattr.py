# __set_name__ is called only by type.__new__ (not on late assignment, so a descriptor set after
# class creation stays unnamed unless called by hand); __class__ assignment rules and their errors;
# __getattr__ invoked when a property getter raises AttributeError (the property's error lost).
class Field:
    def __init__(self): self.name = None
    def __set_name__(self, owner, name):
        print(f'  __set_name__({owner.__name__}, {name!r})')
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, f'<unset {self.name}>')
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v

class Rec:
    a = Field()
    b = c = Field()
print(Rec.a.name, Rec.b.name, Rec.b is Rec.c)
Rec.late = Field()
print('late name:', Rec.late.name)
r = Rec()
print(r.a, r.late)
r.late = 5
print(r.__dict__)
Rec.late.__set_name__(Rec, 'late')
print(r.late)
ns = {'x': Field(), 'y': 3}
T = type('T', (), ns)
print(T.x.name)
class NotCallableSetName:
    __set_name__ = 5
try:
    class U:
        f = NotCallableSetName()
except Exception as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))
class SetNameRaises:
    def __set_name__(self, owner, name): raise ValueError(name)
try:
    class V:
        g = SetNameRaises()
except Exception as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))
class OnClass:
    def __set_name__(self, owner, name): print('  instance hook', name)
class W:
    OnClass = OnClass
    inst = OnClass()

class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
class SlotsA:
    __slots__ = ('x',)
class SlotsB:
    __slots__ = ('x',)
class SlotsC:
    __slots__ = ('y',)
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
s = SlotsA(); s.x = 1
s.__class__ = SlotsB
print(type(s).__name__, s.x)
for target, val in [(s, SlotsC), (a, int), (a, 'B'), (1, bool), (a, SlotsA), ([], type('L', (list,), {}))]:
    try:
        target.__class__ = val
        print('ok', type(target).__name__)
    except TypeError as e:
        print('TypeError:', e)
try:
    del a.__class__
except TypeError as e:
    print('TypeError:', e)
class WithDel:
    def __del__(self): pass
try:
    a.__class__ = WithDel
    print('ok', type(a).__name__)
except TypeError as e:
    print('TypeError:', e)
import types
m = types.ModuleType('m')
class MyMod(types.ModuleType):
    def hello(self): return 'module ' + self.__name__
m.__class__ = MyMod
print(m.hello())

class Lazy:
    def __init__(self): self.log = []
    @property
    def broken(self):
        raise AttributeError('inner detail')
    @property
    def fine(self): return 'fine'
    @property
    def typeerr(self): raise TypeError('not attr')
    def __getattr__(self, name):
        self.log.append(name)
        return f'fallback:{name}'
z = Lazy()
print(z.broken, z.fine, z.missing, z.log)
try:
    z.typeerr
except TypeError as e:
    print('TypeError:', e, z.log)
class Strict:
    @property
    def p(self): raise AttributeError('from p')
    def __getattr__(self, name):
        raise AttributeError(f'no {name} here')
try:
    Strict().p
except AttributeError as e:
    print('AttributeError:', e)
class GA:
    def __getattribute__(self, name):
        if name == 'boom': raise AttributeError('ga boom')
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'ga-fallback ' + name
g = GA()
print(g.boom, getattr(g, 'x'), hasattr(g, 'anything'))
class GetattrRecurse:
    def __getattr__(self, name):
        return self.other
try:
    GetattrRecurse().x
except RecursionError as e:
    print('RecursionError')
