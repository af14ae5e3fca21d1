# Attribute lookup precedence: data descriptors over the instance dict over non-data descriptors,
# a __set__-only descriptor (no __get__) as data descriptor, __delete__, descriptors found on the
# metaclass for class attribute access, classmethod wrapping property (3.11 chains __get__),
# staticmethod objects callable, and __get__ called with (None, owner) on class access.
class NonData:
    def __get__(self, obj, typ=None): return ('nondata', obj is None, typ.__name__)
class Data:
    def __get__(self, obj, typ=None): return ('data', obj is None)
    def __set__(self, obj, v): print('  Data.__set__', v)
class SetOnly:
    def __set__(self, obj, v):
        print('  SetOnly.__set__', v); obj.__dict__['so'] = v * 10
class DelOnly:
    def __get__(self, obj, typ=None): return 'delonly'
    def __delete__(self, obj): print('  DelOnly.__delete__')
class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DelOnly()
c = C()
c.__dict__.update(nd='inst-nd', d='inst-d')
print(c.nd, c.d, C.nd, C.d)
c.d = 5
c.so = 3
print(c.so, C.so is C.__dict__['so'])
del c.do
c.nd = 'assigned'
print(c.nd, c.__dict__)
try:
    del c.d
except AttributeError as e:
    print('AttributeError:', e)
try:
    c.do = 1
except AttributeError as e:
    print('AttributeError:', e)

class Meta(type):
    @property
    def meta_prop(cls): return f'meta_prop of {cls.__name__}'
    attr = 'from meta'
    def meth(cls): return 'meta method'
class K(metaclass=Meta):
    attr = 'from class'
print(K.meta_prop, K.attr, K.meth())
try:
    K().meta_prop
except AttributeError as e:
    print('AttributeError:', e)
try:
    K().meth
except AttributeError as e:
    print('AttributeError:', e)
class Meta2(type):
    @property
    def shadow(cls): return 'meta data descriptor wins'
class K2(metaclass=Meta2):
    shadow = 'class attr'
print(K2.shadow, K2().shadow, K2.__dict__['shadow'])
try:
    K2.shadow = 1
except AttributeError as e:
    print('AttributeError:', e)

class P:
    _n = 'P-name'
    @classmethod
    @property
    def cname(cls): return cls._n.upper()
    @staticmethod
    def st(x): return x * 2
    table = {'double': st}
class Q(P):
    _n = 'q-name'
print(P.cname, Q.cname, Q().cname, P.st(2), P.table['double'](5), callable(P.__dict__['st']))
print(type(P.__dict__['cname']).__name__, type(P.__dict__['cname'].__func__).__name__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(sm('abc'), sm.__wrapped__ is len, cm.__get__(None, int)(), cm.__get__(3)())
class Logged:
    def __get__(self, obj, owner=None):
        print(f'  __get__(obj={type(obj).__name__}, owner={getattr(owner, "__name__", owner)})')
        return self
class L:
    x = Logged()
L.x; L().x; getattr(L, 'x'); L.__dict__['x'].__get__(None, L)
class Slotted:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
desc = Slotted.__dict__['a']
s = Slotted()
print(desc.__get__(s, Slotted), type(desc).__name__, desc.__name__, desc.__objclass__.__name__)
desc.__set__(s, 9); print(s.a)
desc.__delete__(s)
try:
    s.a
except AttributeError as e:
    print('AttributeError:', e)
f = lambda self: ('bound to', self)
bm = f.__get__(42)
print(bm(), bm.__self__, f.__get__(None, int) is f)
try:
    f.__get__(None, None)
except TypeError as e:
    print('TypeError:', e)
