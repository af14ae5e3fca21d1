# The order of class creation steps under a metaclass, as ORMs and registries see them:
# __prepare__ with keywords, the namespace's __setitem__ seeing every binding (including
# __module__, __qualname__, methods and decorators' results), the metaclass's __new__ and
# __init__ receiving the keywords, __init_subclass__ and __set_name__ inside type.__new__,
# __classcell__ passed through, and a metaclass conflict's message.
log = []

class RecordingNS(dict):
    def __setitem__(self, key, value):
        log.append(('ns-set', key))
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, tuple(sorted(kw))))
        return RecordingNS()
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('meta-new', name, type(ns).__name__, '__classcell__' in ns))
        cls = super().__new__(mcls, name, bases, dict(ns))
        log.append(('meta-new-done', name))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(('meta-init', name, kw))
        super().__init__(name, bases, ns)

class Desc:
    def __set_name__(self, owner, name):
        log.append(('set-name', owner.__name__, name))

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(('init-subclass', cls.__name__, kw))

log.clear()
class Model(Base, flavor='sql'):
    field = Desc()
    def method(self):
        return __class__
    @staticmethod
    def helper():
        pass
for entry in log:
    print(entry)
print(Model().method() is Model, type(Model).__name__)

class OtherMeta(type):
    pass
class Other(metaclass=OtherMeta):
    pass
try:
    class Mixed(Model, Other):
        pass
except TypeError as e:
    print('TypeError', e)

class SubMeta(Meta):
    pass
log.clear()
class Derived(Model, metaclass=SubMeta, flavor='nosql'):
    pass
print(type(Derived).__name__, [e[0] for e in log])

class Strict(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
try:
    class Bad(metaclass=Strict, option=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(object, metaclass=5):
        pass
except TypeError as e:
    print('TypeError', e)
def func_meta(name, bases, ns, **kw):
    return ('not a class', name, sorted(k for k in ns if not k.startswith('__')), kw)
class Weird(metaclass=func_meta, key='v'):
    x = 1
print(Weird)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return [1]
try:
    class P(metaclass=BadPrepare):
        pass
except TypeError as e:
    print('TypeError', e)
class DropsCell(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class Q(metaclass=DropsCell):
        def m(self):
            return __class__
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
class Cls:
    pass
print(type('Dyn', (Cls,), {'a': 1, '__qualname__': 'Outer.Dyn'}).__qualname__, type(Cls).__call__(Cls).__class__.__name__)
try:
    type('X', (), {'__qualname__': 5})
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (5,), {})
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (bool,), {})
except TypeError as e:
    print('TypeError', e)
try:
    type('X')
except TypeError as e:
    print('TypeError', e)
print(type(5), type('X', (), {}).__module__, type.__prepare__('x', ()), Meta.__prepare__('n', (), a=1).__class__.__name__)
