# The attributes the built-in callables and descriptors keep in their types' namespaces, used:
# descriptors' __name__/__qualname__/__objclass__/__text_signature__/__reduce__, built-in methods'
# equality, hash and __reduce__ (pickled by name), method-wrappers, cells compared by contents and
# unhashable, super bound through __get__, property's writable __doc__ member, weakref.ref[T],
# struct sequences' read-only members and sys.flags without __new__.
import types, pickle
print(types.FunctionType.__doc__[:20], types.MethodDescriptorType.__doc__, types.BuiltinFunctionType.__doc__)
d = str.join
print(d.__name__, d.__qualname__, d.__objclass__, d.__text_signature__, d.__reduce__())
print(object.__init__.__text_signature__, object.__init__.__reduce__())
print(type(int.__dict__['real']).__name__)
print(len.__reduce__(), [].append.__reduce__()[1][1], len == len, [].append == [].append, {}.get != {}.get)
x = []
print(x.append == x.append, hash(x.append) == hash(x.append), len.__self__)
w = (1).__add__
print(w.__reduce__(), w.__name__, w.__qualname__, w.__objclass__)
def f():
    a = 1; b = 2
    def g(): return a, b
    return g
c1, c2 = f().__closure__
print(c1 < c2, c1 == c1, c1 != c2, type(c1).__hash__)
try: hash(c1)
except TypeError as e: print(e)
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(str.join)) is str.join)
print(types.MemberDescriptorType.__dict__['__name__'], types.BuiltinFunctionType.__dict__['__self__'])
try: str.join.__name__ = 'x'
except AttributeError as e: print(e)
import sys, weakref, types
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B'
    s = super(A)
b = B()
print(type(b.s).__name__, b.s.__self__ is b, B.s.__self__)
class C(A):
    pass
print(super(C).__get__(C(), C).f())
p = property(lambda s: 1, doc='hello')
print(p.__doc__); p.__doc__ = 'bye'; print(p.__doc__)
del p.__doc__; print(p.__doc__)
print(property.__doc__[:20])
r = weakref.ref(A)
print(r.__callback__, weakref.ref[int])
try: r.__callback__ = 1
except AttributeError as e: print(e)
print(sys.flags.debug, sys.version_info.major, type(sys.version_info).__dict__['major'])
try: type(sys.flags)()
except TypeError as e: print(e)
try: sys.version_info.major = 1
except AttributeError as e: print(e)
print(b.f.__doc__, types.MethodType.__dict__['__doc__'])
print(pickle.loads(pickle.dumps((1).__add__))(2))
for t in (type(str.join), type(len), type(object.__init__), type((1).__add__), type(int.real), types.MemberDescriptorType):
    print(t.__name__, sorted(k for k, v in vars(t).items() if type(v).__name__ in ("member_descriptor", "getset_descriptor")),
          "__reduce__" in vars(t))
