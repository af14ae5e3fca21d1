# Pins down: the order of every hook while a class statement runs: __mro_entries__ of bases,
# metaclass selection, __prepare__ (with the class kwargs), the namespace's __setitem__ calls
# (including __module__, __qualname__, __classcell__?), __set_name__ in definition order,
# __init_subclass__ of the parent with kwargs, then metaclass __init__; class decorators last.
log = []

class NS(dict):
    def __setitem__(self, k, v):
        log.append(('ns set', k))
        super().__setitem__(k, v)
    def __getitem__(self, k):
        log.append(('ns get', k))
        return super().__getitem__(k)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, tuple(b.__name__ for b in bases), sorted(kw)))
        return NS()
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('meta new', name, type(ns).__name__, sorted(kw)))
        cls = super().__new__(mcls, name, bases, dict(ns), **kw)
        log.append(('meta new done', name))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(('meta init', name, sorted(kw)))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(('meta call', cls.__name__))
        return super().__call__(*a, **k)

class Desc:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append(('set_name', self.tag, owner.__name__, name))

class Base(metaclass=Meta):
    def __init_subclass__(cls, /, flavour=None, **kw):
        log.append(('init_subclass', cls.__name__, flavour, sorted(kw)))
        super().__init_subclass__(**kw)

class Proxy:
    def __mro_entries__(self, bases):
        log.append(('mro_entries', len(bases)))
        return (Base,)

def deco(cls):
    log.append(('decorator', cls.__name__))
    return cls

def dump():
    for entry in log:
        print(' ', entry)
    log.clear()

print('--- Base done')
dump()

@deco
class Child(Proxy(), flavour='mint'):
    first = Desc('first')
    def method(self):
        return __class__
    second = Desc('second')
    x = 1
    y = x + 1

print('--- Child')
dump()
print(Child.__orig_bases__[0].__class__.__name__, Child.__bases__, type(Child).__name__)
print(Child().method() is Child)
dump()

# an error in __init_subclass__ kwargs
try:
    class Bad(Base, colour='red'):
        pass
except TypeError as e:
    print('TypeError', e)
dump()

# __set_name__ raising: 3.11 wraps it in a RuntimeError whose __cause__ is the error
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError(f'no {name}')
try:
    class Holder:
        a = Boom()
except Exception as e:
    print(type(e).__name__, e, e.__cause__, getattr(e, '__notes__', None))

# set_name added after class creation is not called
class Later:
    pass
Later.attr = Desc('late')
dump()
print('late set_name calls:', log)

# the same descriptor object bound to two names gets two calls
d = Desc('shared')
class Two:
    a = d
    b = d
dump()

# __init_subclass__ as an implicit classmethod, super() inside it
class Root:
    registry = []
    def __init_subclass__(cls, **kw):
        Root.registry.append((cls.__name__, sorted(kw)))
        super().__init_subclass__()
class A(Root, tag=1):
    pass
class B(A):
    pass
print(Root.registry)
print(type(Root.__dict__['__init_subclass__']).__name__)

# metaclass conflict message
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print('TypeError', e)

# __prepare__ returning a non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class Z(metaclass=BadPrep): pass
except TypeError as e:
    print('TypeError', e)

# __mro_entries__ returning a non-tuple
class BadEntries:
    def __mro_entries__(self, bases):
        return [object]
try:
    class Y(BadEntries()): pass
except TypeError as e:
    print('TypeError', e)
