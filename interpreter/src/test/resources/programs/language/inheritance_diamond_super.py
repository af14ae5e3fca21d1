# Inheritance: method resolution order in diamonds, cooperative super() with keyword arguments,
# super() in class methods and properties, isinstance/issubclass, and an inconsistent MRO.
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        super().__init__()

    def hello(self):
        return ["Base"]


class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)

    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)

    def hello(self):
        return ["Right"] + super().hello()


class Child(Left, Right):
    def __init__(self, **kw):
        print("Child.__init__")
        super().__init__(**kw)

    def hello(self):
        return ["Child"] + super().hello()


c = Child(left=1, right=2)
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print(Child.mro() == list(Child.__mro__))
print(isinstance(c, Left), isinstance(c, (int, Right)), issubclass(Child, Base), issubclass(Base, Child))
print(issubclass(bool, int), issubclass(Child, object), isinstance(Child, type))


class A:
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"

    @property
    def p(self):
        return "A.p"


class B(A):
    @classmethod
    def make(cls):
        return "B>" + super().make()

    @property
    def p(self):
        return "B>" + super().p


print(B.make(), B().p)
print(super(B, B()).p, super(B, B).make())
try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    print("TypeError:", e)


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass


try:
    class V(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)


class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must define area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square.__bases__, Square.__base__, Shape.__subclasses__())
s = super(Child, c)
print(type(s).__name__, s.hello())
