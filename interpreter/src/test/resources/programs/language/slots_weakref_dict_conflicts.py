# Pins down: __slots__ with '__weakref__' and '__dict__' entries (and inherited ones), the error
# messages of slot conflicts (slot name clashing with a class variable, duplicate __dict__ /
# __weakref__, nonempty slots on int/tuple/bytes subclasses, __slots__ of non-str items, a
# '__qualname__'-like dunder), slot descriptors' repr and behaviour (AttributeError messages on
# unset and deleted slots), multiple bases with conflicting layouts, and weakref-ability of each.
import weakref

def attempt(label, make):
    try:
        r = make()
        print(label, '->', r)
    except (TypeError, AttributeError, ValueError) as e:
        print(label, '!!', type(e).__name__, e)

class S:
    __slots__ = ('a', 'b')

s = S()
attempt('unset slot', lambda: s.a)
s.a = 1
attempt('set slot', lambda: s.a)
del s.a
attempt('deleted slot', lambda: s.a)
def delagain():
    del s.a
attempt('delete twice', delagain)
def newattr():
    s.c = 3
attempt('new attribute', newattr)
attempt('weakref of slotted', lambda: weakref.ref(s))
attempt('__dict__ of slotted', lambda: s.__dict__)
print(type(S.__dict__['a']).__name__, S.a.__name__, S.a.__objclass__.__name__, repr(S.a).split(' of ')[0])

class W(S):
    __slots__ = ('__weakref__',)
w = W()
print('W weakref ok', weakref.ref(w)() is w, hasattr(w, '__dict__'))

class Dd(S):
    __slots__ = ('__dict__',)
d = Dd()
d.anything = 5
print('Dd dict', d.__dict__, d.anything)
attempt('weakref of Dd', lambda: weakref.ref(d))

class Both:
    __slots__ = ['__dict__', '__weakref__', 'x']
b = Both()
b.x = 1
b.y = 2
print('Both', b.__dict__, weakref.ref(b)() is b, sorted(k for k in Both.__dict__ if not k.startswith('__') or k in ('__dict__', '__weakref__')))

attempt('slot vs class var', lambda: type('X', (), {'__slots__': ('v',), 'v': 1}))
attempt('dup __dict__', lambda: type('X', (), {'__slots__': ('__dict__', '__dict__')}))
attempt('dup __weakref__', lambda: type('X', (), {'__slots__': ('__weakref__', '__weakref__')}))
attempt('__dict__ on dict-having base', lambda: type('X', (Dd,), {'__slots__': ('__dict__',)}))
attempt('__weakref__ on weakref base', lambda: type('X', (W,), {'__slots__': ('__weakref__',)}))
attempt('non-str slot', lambda: type('X', (), {'__slots__': (1,)}))
attempt('invalid identifier slot', lambda: type('X', (), {'__slots__': ('not valid',)}))
attempt('int subclass nonempty slots', lambda: type('X', (int,), {'__slots__': ('q',)}))
attempt('tuple subclass nonempty slots', lambda: type('X', (tuple,), {'__slots__': ('q',)}))
attempt('bytes subclass nonempty slots', lambda: type('X', (bytes,), {'__slots__': ('q',)}))
attempt('int subclass __dict__ slot', lambda: type('X', (int,), {'__slots__': ('__dict__',)}).__name__)
attempt('str slots string', lambda: sorted(k for k in type('X', (), {'__slots__': 'single'}).__dict__ if k == 'single'))
attempt('dict slots', lambda: type('X', (), {'__slots__': {'p': 'doc of p', 'q': None}}).p.__doc__)
attempt('slots iterator', lambda: type('X', (), {'__slots__': iter(['m', 'n'])}).__slots__.__class__.__name__)
attempt('slots int', lambda: type('X', (), {'__slots__': 5}))
attempt('mangled slot', lambda: [k for k in type('X', (), {'__slots__': ('__priv',)}).__dict__ if 'priv' in k])
attempt('__qualname__ in slots', lambda: type('X', (), {'__slots__': ('__qualname__',)}))
attempt('__classcell__ in slots', lambda: type('X', (), {'__slots__': ('__classcell__',)}))

class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('y',)
attempt('layout conflict', lambda: type('AB', (A, B), {}))
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
attempt('empty slots bases ok', lambda: type('E', (E1, E2, A), {}).__mro__[1].__name__)
attempt('int and str bases', lambda: type('IS', (int, str), {}))
attempt('list and dict bases', lambda: type('LD', (list, dict), {}))
attempt('A and int', lambda: type('AI', (A, int), {}))
attempt('E1 and int', lambda: type('EI', (E1, int), {})(5))

# slots shadow: subclass redefining a parent's slot makes a second descriptor
class Parent:
    __slots__ = ('v',)
class Kid(Parent):
    __slots__ = ('v',)
k = Kid()
k.v = 'kid'
Parent.v.__set__(k, 'parent')
print(k.v, Parent.v.__get__(k), Kid.v is Parent.v)

# descriptor used on the wrong type
attempt('slot get on wrong type', lambda: A.x.__get__(B()))
attempt('slot set on wrong type', lambda: A.x.__set__(B(), 1))
attempt('slot get with None instance', lambda: A.x.__get__(None, A) is A.x)

# __slots__ and class attribute of the same name after creation
A.extra = 5
a = A()
attempt('class attr read via instance', lambda: a.extra)
def seta():
    a.extra = 6
attempt('class attr write via slotted instance', seta)
