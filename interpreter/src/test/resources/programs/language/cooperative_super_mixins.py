# Cooperative multiple inheritance as Raymond Hettinger's "super considered super" teaches it:
# **kwargs peeled off along the MRO, mixins adding behaviour (logging, validation, to-dict),
# super() in __init__, __repr__ and a property across a diamond, the MRO printed, an
# inconsistent MRO's TypeError, super() with explicit arguments and in a classmethod, and the
# error when the root forwards unexpected keywords to object.
class Root:
    def __init__(self, **kwargs):
        print(f"  Root.__init__ leftover={kwargs}")
        super().__init__(**kwargs)
    def describe(self):
        return ["Root"]

class Shape(Root):
    def __init__(self, *, name, **kwargs):
        self.name = name
        print(f"  Shape.__init__ name={name}")
        super().__init__(**kwargs)
    def describe(self):
        return ["Shape"] + super().describe()

class Colored(Root):
    def __init__(self, *, color="black", **kwargs):
        self.color = color
        print(f"  Colored.__init__ color={color}")
        super().__init__(**kwargs)
    def describe(self):
        return ["Colored"] + super().describe()

class LoggedMixin:
    def __setattr__(self, key, value):
        print(f"  set {key}={value!r}")
        super().__setattr__(key, value)

class ToDictMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}

class ColoredShape(LoggedMixin, ToDictMixin, Shape, Colored):
    def __init__(self, **kwargs):
        print("  ColoredShape.__init__")
        super().__init__(**kwargs)
    def describe(self):
        return ["ColoredShape"] + super().describe()

print([c.__name__ for c in ColoredShape.__mro__])
cs = ColoredShape(name="circle", color="red")
print(cs.to_dict(), cs.describe())
try:
    ColoredShape(name="sq", color="blue", size=3)
except TypeError as e:
    print("TypeError:", e)

class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    @property
    def label(self):
        return "label-A"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def label(self):
        return "B/" + super().label
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
d = D()
print(d.who(), D.make(), d.label, super(B, d).who(), super(C, d).who(), super(D, D).make())
print(super(B, d).__thisclass__.__name__, super(B, d).__self_class__.__name__, type(super(D, d)).__name__)

try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class Z(Q1, Q2):
        pass
except TypeError as e:
    print("TypeError:", e)
def free_function():
    return super().who()
try:
    free_function()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(D, A()).who()
except TypeError as e:
    print("TypeError:", e)
class Late(A):
    pass
def late_who(self):
    return "late>" + super(Late, self).who()
Late.who = late_who
print(Late().who())
