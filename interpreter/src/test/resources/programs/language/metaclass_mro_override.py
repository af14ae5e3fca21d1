# A metaclass overriding mro(): the override is called when each class is made (also for the
# class that first uses the metaclass), its result becomes __mro__ and attribute lookup order,
# type.mro() still gives C3, assigning __bases__ calls it again, and its errors.
class Reverse(type):
    def mro(cls):
        print("mro() for", cls.__name__)
        default = super().mro()
        if cls.__name__.startswith("R"):
            return default[:1] + default[1:-1][::-1] + default[-1:]
        return default


class Base(metaclass=Reverse):
    def who(self):
        return "Base"


class Left(Base):
    def who(self):
        return "Left"


class Right(Base):
    def who(self):
        return "Right"


class RChild(Left, Right):
    pass


class Child(Left, Right):
    pass


print([k.__name__ for k in RChild.__mro__], RChild().who())
print([k.__name__ for k in Child.__mro__], Child().who())
print([k.__name__ for k in type.mro(RChild)])
print([k.__name__ for k in RChild.mro()])


class Logging(type):
    def mro(cls):
        result = type.mro(cls)
        print("computed", [k.__name__ for k in result])
        return tuple(result)


class P(metaclass=Logging):
    pass


class Q(metaclass=Logging):
    pass


class PQ(P):
    pass


PQ.__bases__ = (Q,)
print([k.__name__ for k in PQ.__mro__])


class NonClass(type):
    def mro(cls):
        return [cls, 42, object]


try:
    class Bad(metaclass=NonClass):
        pass
except TypeError as e:
    print("TypeError:", e)


class Empty(type):
    def mro(cls):
        return []


try:
    class Bad2(metaclass=Empty):
        pass
except TypeError as e:
    print("TypeError:", e)


class Layout(type):
    def mro(cls):
        return [cls, int, object]


try:
    class Bad3(metaclass=Layout):
        pass
except TypeError as e:
    print("TypeError:", e)


class NotSeq(type):
    def mro(cls):
        return 5


try:
    class Bad4(metaclass=NotSeq):
        pass
except TypeError as e:
    print("TypeError:", e)


class Extra(type):
    def mro(cls):
        return [cls, Mixin, object]


class Mixin:
    def extra(self):
        return "from Mixin, not a base"


class Odd(metaclass=Extra):
    pass


print(Odd.__bases__, [k.__name__ for k in Odd.__mro__], Odd().extra(), issubclass(Odd, Mixin), isinstance(Odd(), Mixin))
