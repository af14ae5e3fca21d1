# __slots__ with inheritance, __dict__ and __weakref__ slots, layouts and errors
import sys, weakref
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
print(hasattr(s, '__dict__'), hasattr(s, '__weakref__'))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError:", e)
class W:
    __slots__ = ('a', '__weakref__')
w = W()
r = weakref.ref(w)
print(r() is w, hasattr(w, '__dict__'))
class DS:
    __slots__ = ('a', '__dict__')
d = DS()
d.a = 1
d.z = 2
print(d.__dict__, d.a)
class Sub(S):
    pass
sub = Sub()
sub.c = 5
print(sub.__dict__, hasattr(sub, '__weakref__'))
class Sub2(S):
    __slots__ = ('c',)
s2 = Sub2()
s2.a, s2.c = 1, 3
print(s2.a, s2.c, hasattr(s2, '__dict__'))
print(S.a, type(S.a).__name__, S.__slots__, Sub2.__slots__)
print(sys.getsizeof(S()), sys.getsizeof(Sub2()), sys.getsizeof(W()), sys.getsizeof(DS()))
print(S.__basicsize__, Sub2.__basicsize__, Sub.__basicsize__, W.__weakrefoffset__, DS.__dictoffset__)
try:
    class Bad(S):
        __slots__ = ('a',)
    print("ok", Bad.__basicsize__)
except TypeError as e:
    print("TypeError:", e)
try:
    class Conflict:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print("ValueError:", e)
class P:
    __slots__ = ('__priv',)
    def __init__(self):
        self.__priv = 1
print(P.__slots__, [n for n in dir(P) if 'priv' in n])
class E:
    __slots__ = ()
print(hasattr(E(), '__dict__'), E.__basicsize__)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
