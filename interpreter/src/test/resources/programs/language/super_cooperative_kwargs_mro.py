# super() in depth: cooperative __init__ with **kwargs through a diamond, super() in classmethods and staticmethod errors, two-argument super, super in __init_subclass__, MRO computation failures
class Root:
    def __init__(self, **kw):
        print("Root init, leftover", kw)
        super().__init__()
    def describe(self):
        return ["Root"]
    @classmethod
    def create(cls):
        return f"Root.create for {cls.__name__}"

class Named(Root):
    def __init__(self, name, **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)
    def describe(self):
        return ["Named"] + super().describe()

class Aged(Root):
    def __init__(self, age, **kw):
        print("Aged init", age)
        self.age = age
        super().__init__(**kw)
    def describe(self):
        return ["Aged"] + super().describe()
    @classmethod
    def create(cls):
        return "Aged+" + super().create()

class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)
    def describe(self):
        return ["Person"] + super().describe()

p = Person(name="ann", age=30, extra=1) if False else Person(name="ann", age=30)
print(p.describe(), [c.__name__ for c in Person.__mro__], Person.create())
print(super(Named, p).describe(), super(Aged, p).describe(), super(Person, Person).create())
try:
    Person(name="x", age=1, extra=True)
except TypeError as e:
    print("TypeError:", e)

class Strange:
    def method(self):
        def inner():
            return super().__repr__()
        return inner
try:
    Strange().method()()
except RuntimeError as e:
    print("RuntimeError:", e)
class Stat:
    @staticmethod
    def s():
        return super().__init__
try:
    Stat.s()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "text")
except TypeError as e:
    print(e)
sp = super(Person, p)
print(sp.__thisclass__.__name__, sp.__self__ is p, sp.__self_class__.__name__, repr(sp)[:40])

class A: pass
class B(A): pass
for bases in ((A, B), (B, A, B)):
    try:
        type("C", bases, {})
    except TypeError as e:
        print(e)
class X: pass
class Y: pass
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Z(P1, P2): pass
except TypeError as e:
    print(e)
class Base:
    def __init_subclass__(cls, **kw):
        cls.chain = getattr(cls, "chain", ()) + (cls.__name__,)
        super().__init_subclass__(**kw)
class L1(Base): pass
class L2(L1): pass
print(L1.chain, L2.chain)
class Proxy:
    def __getattr__(self, name):
        return f"proxied {name}"
class Child(Proxy):
    def get(self):
        return super().missing
try:
    print(Child().get())
except AttributeError as e:
    print("AttributeError:", e)
print(super(Child, Child()).__class__, super.__name__)
