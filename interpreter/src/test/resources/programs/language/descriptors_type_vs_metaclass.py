# Attribute lookup on a class: descriptors found on the metaclass against those in the class's own
# MRO (data descriptors on the metaclass win, non-data ones lose), __get__ called with None as the
# instance, classmethod wrapping a property-like descriptor (deprecated chain in 3.11),
# __getattr__ on the metaclass as the last resort, and __set__/__delete__ through the class.
class DataDesc:
    def __init__(self, tag): self.tag = tag
    def __get__(self, obj, owner=None):
        return ('data', self.tag, obj is None, getattr(owner, '__name__', owner))
    def __set__(self, obj, value):
        print('set', self.tag, type(obj).__name__, value)
    def __delete__(self, obj):
        print('delete', self.tag, type(obj).__name__)

class NonData:
    def __init__(self, tag): self.tag = tag
    def __get__(self, obj, owner=None):
        return ('nondata', self.tag, obj is None, getattr(owner, '__name__', owner))

class Meta(type):
    d = DataDesc('meta-d')
    n = NonData('meta-n')
    only_meta = NonData('only-meta')
    plain = 'meta-plain'
    def __getattr__(cls, name):
        return f'meta-getattr:{name}'

class C(metaclass=Meta):
    d = DataDesc('cls-d')
    n = NonData('cls-n')
    plain = 'cls-plain'

print(C.d)
print(C.n)
print(C.only_meta)
print(C.plain)
print(C.missing)
print(C().d)
print(C().n)
try:
    C().only_meta
except AttributeError as e:
    print('AttributeError', e)
C.d = 5
del C.d
print(type(C.__dict__['d']).__name__)
C.n = 'replaced'
print(C.n, C.__dict__['n'])
obj = C()
obj.d = 7
del obj.d

class D(C):
    pass
print(D.d, D.n)
print(Meta.__dict__['d'].__get__(D, Meta))
print(Meta.n)

class Counted:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        setattr(obj, self.name, value + 1)

class E:
    x = Counted()
e = E()
print(e.x, type(E.x).__name__, E.x.name)
e.x = 10
print(e.x, vars(e))
print(type.__dict__['__name__'].__get__(E), type.__dict__['__doc__'].__get__(int)[:20])
try:
    type.__dict__['__name__'].__set__(E, 5)
except TypeError as e2:
    print('TypeError', e2)
try:
    type.__dict__['__name__'].__get__(5)
except TypeError as e2:
    print('TypeError', e2)
prop = property(lambda self: 42)
print(prop.__get__(None, E) is prop, prop.__get__(e))
try:
    prop.__set__(e, 1)
except AttributeError as e2:
    print('AttributeError', e2)
sm = staticmethod(len); cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, E)('abc'), cm.__get__(None, E)(), cm.__get__(e)())
print(sm.__func__ is len, callable(sm))
