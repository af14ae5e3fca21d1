# Class calls whose __init__ is not the plain shape still run type.__call__'s steps: keywords,
# *args, keyword-only parameters, a generator __init__, __new__, inherited __init__, a metaclass
# __call__, a class whose __init__ is replaced after instances were made, and super().__init__.
class Kw:
    def __init__(self, a, *, b=2):
        print("Kw", a, b)


class Star:
    def __init__(self, *args, **kwargs):
        print("Star", args, sorted(kwargs.items()))


class Gen:
    def __init__(self):
        yield 1


class WithNew:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)

    def __init__(self, x):
        print("__init__", x)


class Base:
    def __init__(self, x):
        print("Base.__init__", type(self).__name__, x)


class Derived(Base):
    pass


class Super(Base):
    def __init__(self, x):
        super().__init__(x + 1)
        print("Super.__init__", x)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Managed(metaclass=Meta):
    def __init__(self, v):
        print("Managed.__init__", v)


Kw(1)
Kw(1, b=3)
Star(1, 2, c=3)
Star()
try:
    Gen()
except TypeError as e:
    print("TypeError:", e)
WithNew(7)
Derived(4)
Super(10)
Managed(5)


class Swap:
    def __init__(self, v):
        print("first", v)


for i in range(3):
    Swap(i)
    if i == 1:
        def second(self, v):
            print("second", v)
        Swap.__init__ = second
Pair = type("Pair", (), {"__init__": lambda self, a, b=0: print("lambda init", a, b)})
Pair(1)
Pair(1, 2)
print(type(Pair(3)).__name__)
