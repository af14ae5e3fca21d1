# __slots__ across an inheritance chain as library authors use it: __weakref__ and __dict__
# slots added at different levels, a subclass without __slots__ gaining a dict, slot descriptors
# (member_descriptor) and their errors, slots as a str or dict (with docs), __slots__ conflicting
# with class variables, empty slots in multiple inheritance, and copying/pickling slotted objects.
import weakref, copy, pickle

class Base:
    __slots__ = ('x',)
class Mid(Base):
    __slots__ = ('y', '__weakref__')
class Leaf(Mid):
    __slots__ = {'z': 'the z slot'}
class Open(Leaf):
    pass

for cls in (Base, Mid, Leaf, Open):
    o = cls()
    print(cls.__name__, hasattr(o, '__dict__'), cls.__weakrefoffset__ != 0, cls.__dictoffset__ != 0,
          sorted(k for k in cls.__dict__ if not k.startswith('__') or k in ('__weakref__', '__dict__')))
try:
    weakref.ref(Base())
except TypeError as e:
    print('TypeError', e)
m = Mid()
r = weakref.ref(m)
print(r() is m, Mid.__weakref__.__get__(m) is r)
del m
print(r())
print(type(Leaf.z).__name__, Leaf.z.__doc__, Leaf.z.__name__, Leaf.z.__objclass__.__name__, repr(Base.x))
leaf = Leaf()
try:
    leaf.x
except AttributeError as e:
    print('AttributeError', e)
try:
    leaf.w = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del leaf.z
except AttributeError as e:
    print('AttributeError', e)
leaf.x, leaf.y, leaf.z = 1, 2, 3
print(leaf.x, leaf.y, leaf.z)
try:
    Base.x.__get__(Open(), Base).__class__
except AttributeError as e:
    print('AttributeError', e)
try:
    Base.x.__set__(5, 1)
except TypeError as e:
    print('TypeError', e)

class One:
    __slots__ = 'only'
print(One.__slots__, hasattr(One, 'only'))
for src in ("class C:\n    __slots__ = ('a',)\n    a = 1",
            "class C:\n    __slots__ = ('__dict__', '__dict__')",
            "class C:\n    __slots__ = ('1bad',)",
            "class C(int):\n    __slots__ = ('a',)",
            "class C(tuple):\n    __slots__ = ('a',)",
            "class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ('b',)\nclass C(A, B): pass",
            "class A:\n    __slots__ = ()\nclass B:\n    __slots__ = ('b',)\nclass C(A, B): pass\nprint('mixed ok', C.__mro__[1].__name__)",
            "class C:\n    __slots__ = ('__weakref__',)\nclass D(C):\n    __slots__ = ('__weakref__',)",
            "class C:\n    __slots__ = 5"):
    try:
        exec(src, {})
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Point:
    __slots__ = ('x', 'y', '__weakref__')
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f'Point({self.x}, {getattr(self, "y", "?")})'
p = Point(1, [2])
c = copy.copy(p); dc = copy.deepcopy(p)
print(c, dc, c.y is p.y, dc.y is p.y)
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[2])
half = Point.__new__(Point); half.x = 5
print(copy.copy(half), pickle.loads(pickle.dumps(half)))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    try:
        q = pickle.loads(pickle.dumps(p, proto))
        print(proto, q, q == p)
    except TypeError as e:
        print(proto, 'TypeError', e)
print(Point.__slots__, sorted(set(dir(p)) - set(dir(object))))
