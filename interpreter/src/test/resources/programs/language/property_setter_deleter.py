# property with getter, setter, deleter, doc, and the errors of a read-only one
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, '_c'))
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__)
class R:
    @property
    def x(self):
        return 1
r = R()
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 42, doc="answer")
class Q:
    a = p
print(Q().a, Q.a.__doc__)
class Base:
    @property
    def v(self):
        return "base"
class Derived(Base):
    @Base.v.getter
    def v(self):
        return "derived"
print(Base().v, Derived().v)
print(property().fget, property.__name__)
try:
    property()(1)
except TypeError as e:
    print("TypeError:", e)
class NoGet:
    x = property()
try:
    NoGet().x
except AttributeError as e:
    print("AttributeError:", e)
