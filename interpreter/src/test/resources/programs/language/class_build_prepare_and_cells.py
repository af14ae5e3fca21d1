# __build_class__: the most derived metaclass, metaclass conflicts, __prepare__ namespaces, __init_subclass__ keywords, __set_name__ and its errors, __classcell__ checks, __mro_entries__
import collections
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return collections.OrderedDict()
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__, list(ns))
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class F(metaclass=Ordered, flag=1):
    b = 1
    a = 2
    def m(self): pass
print(F.a, F.b)
class LogDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class LM(type):
    def __prepare__(name, bases):
        return LogDict()
class G(metaclass=LM):
    x = 1
    def f(self): return __class__
print(G().f() is G)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class Sub(Base, tag="t1"): pass
print(Sub.tag)
try:
    class Bad(Base, nope=1): pass
except TypeError as e:
    print("TypeError:", e)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class H:
    d1 = Desc()
    d2 = Desc()
print(H.d1.name, H.d2.name)
class SN:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class I:
        s = SN()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else None)
# __classcell__ misuse
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class J(metaclass=Meta):
        def f(self): return __class__
except RuntimeError as e:
    print("RuntimeError:", e)
class Meta2(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class K(metaclass=Meta2):
    def f(self): return __class__
print(K().f() is K)
def fake(name, bases, ns):
    return 42
class L(metaclass=fake):
    pass
print(L)
try:
    class N(metaclass=1): pass
except TypeError as e:
    print("TypeError:", e)
class P(object, metaclass=type): pass
print(type(P))
print(type.__prepare__('x', ()))
try:
    class Q(1): pass
except TypeError as e:
    print("TypeError:", e)
class MB:
    def __mro_entries__(self, bases):
        return (object,)
class R(MB()): pass
print(R.__bases__, type(R.__orig_bases__[0]).__name__)
