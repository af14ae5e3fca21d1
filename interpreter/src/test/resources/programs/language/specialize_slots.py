# Loads and stores of __slots__ members at hot sites (3.11's LOAD_ATTR_SLOT / STORE_ATTR_SLOT), while
# the members are emptied, the descriptors replaced, the classes gain __getattr__ / __setattr__, and
# instances of other classes, subclasses and a reassigned __class__ reach the same sites: every change
# must be seen at once, with CPython's refcounts, finalizer order and gc.collect() results.
# refcount: expect specialize_slots.refcount.out
import gc
import sys


class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class T(S):
    __slots__ = ("c",)

    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c


class Twin:
    __slots__ = ("a", "b")


class WithDict:
    __slots__ = ("a", "__dict__")


def get_a(o):
    return o.a


def set_a(o, v):
    o.a = v


def hot(n, o):
    total = 0
    for i in range(n):
        set_a(o, i)
        total += get_a(o)
    return total


s = S(1, 2)
print("hot", hot(200, s), s.a, s.b)

# an emptied member at a specialized load site: AttributeError each time, then a value again
del s.a
for i in range(3):
    try:
        get_a(s)
    except AttributeError as e:
        print("empty:", e)
set_a(s, "back")
print("refilled:", get_a(s))

# the store releases the old value before the owner, and only it
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


for i in range(3):
    set_a(s, Noisy("n%d" % i))
print("after stores")
set_a(s, None)
print("stored None")

# refcounts through the specialized sites
x = object()
print("refcount before", sys.getrefcount(x))
for i in range(100):
    set_a(s, x)
    y = get_a(s)
print("refcount with slot and y", sys.getrefcount(x))
del y
set_a(s, 0)
print("refcount after", sys.getrefcount(x))

# a subclass's instances at the same sites (another type: the guard fails), and alternating
t = T(10, 20, 30)
print("subclass", hot(100, t), t.a, t.c)
for i in range(100):
    o = s if i % 2 else t
    set_a(o, i)
    get_a(o)
print("alternating", s.a, t.a)

# __class__ assigned between classes of the same layout
u = S(5, 6)
print(hot(100, u))
u.__class__ = Twin
print("twin", type(u).__name__, get_a(u), u.b)
set_a(u, "twin value")
print(get_a(u))
u.__class__ = S
print("back", type(u).__name__, get_a(u))

# the member descriptor replaced on the class: a property answers, then the member is restored
member = S.__dict__["a"]
v = S(7, 8)
print(hot(100, v))
S.a = property(lambda self: "property", lambda self, value: print("property set", value))
print(get_a(v))
set_a(v, 99)
S.a = member
print("restored", get_a(v), hot(100, v))

# the class gains __getattr__, then __setattr__, at run time: the sites must stop bypassing them
def fallback(self, name):
    return "fallback " + name

S.__getattr__ = fallback
del v.a
print(get_a(v))
del S.__getattr__
try:
    get_a(v)
except AttributeError as e:
    print("no fallback:", e)

def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)

S.__setattr__ = logging_setattr
set_a(v, 1)
print(get_a(v))
del S.__setattr__
print(hot(100, v))

# a member next to a __dict__: the member comes first, and the dict never sees the name
w = WithDict()
w.a = 1
w.__dict__["a"] = "dict value"
print(hot(100, w), get_a(w), w.__dict__)

# a subclass that defines __getattr__ sees its own misses at the shared site
class Lenient(S):
    __slots__ = ()

    def __getattr__(self, name):
        return "lenient " + name


le = Lenient(1, 2)
print(hot(100, le))
del le.a
print(get_a(le))

# cycles through slots, freed by the collector
def cycles(n):
    for i in range(n):
        p = S(None, i)
        q = S(p, i)
        set_a(p, q)
    return n

gc.collect()
print("cycles", cycles(100), gc.collect())

# an instance whose class dies while a site still holds its entry; a new class with the same shape
def make_class():
    class Fresh:
        __slots__ = ("a",)
    return Fresh

for round in range(3):
    C = make_class()
    c = C()
    print("fresh", round, hot(100, c))
    del c, C
    gc.collect()
