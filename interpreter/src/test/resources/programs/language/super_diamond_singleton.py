# super() through diamonds and cooperative __init__ with kwargs, MRO errors, __new__ singletons, super() forms
class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
        super().__init__()
    def hello(self):
        return ["Base"]

class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left init", left)
        super().__init__(**kw)
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right init", right)
        super().__init__(**kw)
    def hello(self):
        return ["Right"] + super().hello()

class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom init")
        super().__init__(**kw)
    def hello(self):
        return ["Bottom"] + super().hello()

b = Bottom(left=1, right=2, extra=3)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).hello(), super(Bottom, b).hello.__qualname__)
try:
    class Bad(Left, Base, Right):
        pass
    print([c.__name__ for c in Bad.__mro__])
    class Bad2(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)

class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("  creating", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("  init with", value)
        self.value = value
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)
class Sub(Singleton):
    _instance = None
print(Sub(3) is s1, Sub(4) is Sub(5))

class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B:" + super().make()
    @staticmethod
    def static():
        try:
            return super().who()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
print(B().who(), B.make(), B.static())
sup = super(B, B())
print(sup.who(), type(sup).__name__, sup.__thisclass__.__name__, sup.__self_class__.__name__)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class C(B):
    def who(self):
        f = lambda: super(C, self).who()
        return "C>" + f()
print(C().who())
class Cached(int):
    _cache = {}
    def __new__(cls, v):
        if v not in cls._cache:
            cls._cache[v] = super().__new__(cls, v)
        return cls._cache[v]
print(Cached(5) is Cached(5), Cached(5) + 1, type(Cached(5) + 1).__name__, repr(Cached(7)))
