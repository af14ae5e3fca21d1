# __new__ against __init__: singletons, __new__ returning another type, immutable subclasses, __call__, class and static methods
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class TakesArgs:
    pass
try:
    TakesArgs(1)
except TypeError as e:
    print("TypeError:", e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
p = Point(1, 2)
print(p, p.x, type(p).__name__, isinstance(p, tuple), len(p))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), type(Upper("x")).__name__, Upper("ab") + "c")
class Callable:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return (args, kw)
c = Callable()
print(c(1, k=2), c.calls, callable(c), callable(Callable), callable(1))
class WithClassMethod:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
class Sub(WithClassMethod):
    pass
print(type(Sub.make()).__name__, Sub.count, WithClassMethod.count, Sub.helper(3), Sub().helper(4))
print(type(WithClassMethod.__dict__['make']).__name__, type(WithClassMethod.__dict__['helper']).__name__)
