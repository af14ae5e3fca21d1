# Subclasses of built-in types get CPython's layout: __basicsize__, __dictoffset__, __weakrefoffset__,
# sys.getsizeof, attributes in a dict (managed, or at the end of an int/tuple/bytes), __slots__ on a
# list, weakrefs to instances, a weakref.ref subclass with slots, and the layout errors.
import sys, gc
class L(list): pass
class D(dict): pass
class I(int): pass
class T(tuple): pass
class F(float): pass
class E(Exception): pass
class B(bytes): pass
class SL(list): __slots__ = ('a', 'b')
for C in (L, D, I, T, F, E, B, SL):
    print(C.__name__, C.__basicsize__, C.__dictoffset__, C.__weakrefoffset__)
l = L([1, 2, 3]); l.x = 5; print(l, l.x, l.__dict__, sys.getsizeof(L()), len(l))
d = D(a=1); d.y = 2; print(d, d.y, sys.getsizeof(D()))
i = I(7); i.z = 3; print(i + 1, i.z, i.__dict__, sys.getsizeof(i))
t = T((1, 2)); t.w = 1; print(t, t.w, sys.getsizeof(T()))
f = F(1.5); f.q = 1; print(f, f.q, sys.getsizeof(f))
e = E("boom"); e.k = 1; print(repr(e), e.k, sys.getsizeof(e))
b = B(b"ab"); b.m = 1; print(b, b.m, sys.getsizeof(B()))
s = SL([1]); s.a = 1; print(s, s.a, sys.getsizeof(s))
try:
    s.c = 1
except AttributeError as ex:
    print(ex)
import weakref
r = weakref.ref(l); print(r() is l, weakref.ref(e)() is e)
try:
    class X(int): __slots__ = ('a',)
except TypeError as ex: print(ex)
try:
    class Y(L, D): pass
except TypeError as ex: print(ex)
try:
    class Z(tuple): __slots__ = ('__weakref__',)
except TypeError as ex: print(ex)
class R(weakref.ref):
    __slots__ = ('extra', '__weakref__')
class O: pass
o = O()
rr = R(o); rr.extra = 9; print(rr() is o, rr.extra, weakref.getweakrefcount(o), rr is weakref.ref(o))
del o; print(rr())
del l, d, i, t, f, e, b, s
print(gc.collect())
