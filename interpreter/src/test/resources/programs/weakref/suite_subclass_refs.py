# From CPython's weakref tests: subclasses of ref with their own __init__, __call__ and slots; they
# never replace the shared plain ref, are not shared themselves, are listed after it, and a
# subclass ref that holds its own referent is freed with it without its callback running.
import weakref

class Object:
    def __init__(self, arg):
        self.arg = arg

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)
    def __call__(self):
        self.called = True
        return super().__call__()

o = Object("foo")
mr = MyRef(o, value=24)
print(mr() is o, mr.called, mr.value)
del o
print(mr(), mr.called)

class Plain(weakref.ref):
    pass

o = Object(42)
r1 = Plain(o)
r2 = weakref.ref(o)
print(r1 is r2, weakref.getweakrefs(o) == [r2, r1], weakref.getweakrefcount(o))
r3 = Plain(o)
refs = weakref.getweakrefs(o)
print(weakref.getweakrefcount(o), refs[0] is r2, r1 in refs[1:], r3 in refs[1:])
ra = Plain(o, id)
rb = Plain(o, str)
print(ra is rb, ra in weakref.getweakrefs(o), rb in weakref.getweakrefs(o))

class SlotRef(weakref.ref):
    __slots__ = "slot1", "slot2"
    def __new__(type, ob, callback, slot1, slot2):
        return weakref.ref.__new__(type, ob, callback)
    def __init__(self, ob, callback, slot1, slot2):
        self.slot1 = slot1
        self.slot2 = slot2
    def meth(self):
        return self.slot1 + self.slot2

r = SlotRef(o, None, "abc", "def")
print(r.slot1, r.slot2, r.meth(), hasattr(r, "__dict__"))

cbcalled = 0
def callback(w):
    global cbcalled
    cbcalled += 1

o = Object(1)
r1 = Plain(o, callback)
r1.o = o
del o
del r1
print("callbacks:", cbcalled)
o = Object(2)
r1 = Plain(o, callback)
r2 = Plain(o, callback)
r1.r = r2
r2.o = o
del o
del r2
del r1
print("callbacks:", cbcalled)
