# Every way class creation and instantiation can fail, caught and printed: metaclass
# conflicts, MRO inconsistencies, duplicate bases, __slots__ conflicts, __set_name__ raising,
# __init_subclass__ refusing keywords, abstract instantiation, object() taking no arguments,
# bad __new__ results, super() misuse and __class__ assignment limits.
import abc


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
        if e.__cause__ is not None:
            print("   cause:", type(e.__cause__).__name__, e.__cause__)


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


attempt("metaclass conflict", lambda: type("C", (A, B), {}))


class X:
    pass


class Y(X):
    pass


attempt("mro", lambda: type("Z", (X, Y), {}))
attempt("duplicate base", lambda: type("D", (X, X), {}))
attempt("slots conflict", lambda: type("S", (), {"__slots__": ("a",), "a": 1}))
attempt("slots nonstr", lambda: type("S", (), {"__slots__": (1,)}))
attempt("slots dict twice", lambda: type("S", (), {"__slots__": ("__dict__", "__dict__")}))
attempt("int base slots", lambda: type("S", (int,), {"__slots__": ("a",)}))


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError(f"no {name} for you")


attempt("set_name", lambda: type("N", (), {"field": Bad()}))
attempt("init_subclass kw", lambda: type("K", (X,), {}, flavor=1))
attempt("type args", lambda: type("K", X))
attempt("type 2 args", lambda: type("K", (X,)))
attempt("bool base", lambda: type("K", (bool,), {}))
attempt("final-ish base", lambda: type("K", (type(None),), {}))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...


class Square(Shape):
    def area(self):
        return 4


attempt("abstract two", Shape)
attempt("abstract one", Square)
attempt("object args", lambda: X(1, k=2))
attempt("object init args", lambda: object.__init__(X(), 1))


class NewOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


attempt("new returns other", NewOther)


class Sup:
    def m(self):
        return super().m()

    @staticmethod
    def s():
        return super().x


attempt("super missing attr", lambda: Sup().m())
attempt("super in staticmethod", Sup.s)
attempt("super type check", lambda: super(int, "x"))
attempt("super no args outside", lambda: super())
attempt("class assignment builtin", lambda: setattr(1, "__class__", bool))
attempt("class assignment layout", lambda: setattr(X(), "__class__", int))
attempt("setattr on builtin", lambda: setattr(int, "x", 1))
attempt("set __name__ non-str", lambda: setattr(X, "__name__", 5))
attempt("set __bases__ empty", lambda: setattr(Y, "__bases__", ()))
attempt("set __qualname__", lambda: (setattr(Y, "__qualname__", "Q.Y"), Y)[1])
attempt("del __name__", lambda: delattr(X, "__name__"))
attempt("mro of int", lambda: int.mro())
attempt("isinstance tuple nested", lambda: isinstance(3, (str, (bytes, (int,)))))
attempt("isinstance bad", lambda: isinstance(3, [int]))
attempt("issubclass non-class", lambda: issubclass(3, int))
