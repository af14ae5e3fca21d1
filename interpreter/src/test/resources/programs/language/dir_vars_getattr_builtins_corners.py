# Pins down: dir() with a custom __dir__ (any iterable, sorted into a list; a non-iterable is a
# TypeError), dir() of modules, classes with metaclass attributes (not listed) and instances with
# __slots__, vars() errors and its live mapping, getattr/setattr/delattr/hasattr with non-str names
# and str subclasses, hasattr swallowing only AttributeError, getattr's default not hiding other
# errors, and callable()/id()/hash() odd arguments.
import types

class CustomDir:
    def __dir__(self):
        return ('zeta', 'alpha', 'beta', 'alpha')
class GenDir:
    def __dir__(self):
        return (name for name in ['b', 'a'])
class BadDir:
    def __dir__(self):
        return 42
class NoneDir:
    def __dir__(self):
        return None
print(dir(CustomDir()), dir(GenDir()))
for obj in (BadDir(), NoneDir()):
    try:
        dir(obj)
    except TypeError as e:
        print('TypeError', e)

class Meta(type):
    meta_attr = 1
    def meta_method(cls):
        pass
class WithMeta(metaclass=Meta):
    own = 2
print('meta_attr' in dir(WithMeta), 'own' in dir(WithMeta), hasattr(WithMeta, 'meta_attr'), 'meta_attr' in dir(Meta))
class Slotted:
    __slots__ = ('x', 'y')
s = Slotted()
s.x = 1
print([n for n in dir(s) if not n.startswith('__')], hasattr(s, 'y'))
m = types.ModuleType('mod', 'the doc')
m.b = 1
m.a = 2
print(dir(m))
def f():
    pass
f.custom = 1
print([n for n in dir(f) if not n.startswith('__')])

try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
try:
    vars(s)
except TypeError as e:
    print('TypeError', e)
try:
    vars(1, 2)
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
p = Plain()
v = vars(p)
p.added = 'later'
print(v, v is p.__dict__)
print(type(vars(Plain)).__name__, 'added' in vars(Plain))
class FakeDict:
    __dict__ = {'fake': True}
print(vars(FakeDict()))
class DictProp:
    @property
    def __dict__(self):
        return 'not a dict'
print(vars(DictProp()))

class S(str):
    pass
p.name_attr = 0
for name in ['name_attr', S('name_attr'), 5, b'name_attr', None]:
    try:
        print(repr(name), getattr(p, name), hasattr(p, name))
    except TypeError as e:
        print(repr(name), 'TypeError', e)
for name in [5, b'x']:
    try:
        setattr(p, name, 1)
    except TypeError as e:
        print('setattr TypeError', e)
    try:
        delattr(p, name)
    except TypeError as e:
        print('delattr TypeError', e)
try:
    delattr(p, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(getattr(p, 'missing', 'default'), getattr(p, 'missing', None))
try:
    getattr(p, 'missing', 'default', 'extra')
except TypeError as e:
    print('TypeError', e)

class Raises:
    @property
    def bad(self):
        raise ValueError('property failed')
    @property
    def attr_err(self):
        raise AttributeError('inner attribute error')
r = Raises()
print(hasattr(r, 'attr_err'), getattr(r, 'attr_err', 'default used'))
try:
    hasattr(r, 'bad')
except ValueError as e:
    print('ValueError', e)
try:
    getattr(r, 'bad', 'default')
except ValueError as e:
    print('ValueError', e)

print(callable(len), callable(Plain), callable(p), callable(None), callable(type), callable(Plain.__init__))
class CallableViaInstance:
    pass
c = CallableViaInstance()
c.__call__ = lambda: 'instance call'
print(callable(c))
try:
    c()
except TypeError as e:
    print('TypeError', e)
try:
    hash([])
except TypeError as e:
    print('TypeError', e)
print(hash(None) == hash(None), hash((1, 'a')) == hash((1, 'a')), hash(frozenset()) == hash(frozenset()))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
try:
    id()
except TypeError as e:
    print('TypeError', e)
