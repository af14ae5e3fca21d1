# Multiple inheritance and instance layouts (best_base / solid_base): classes whose slots come
# from a shared base combine, a base adding only __weakref__ or __dict__ adds no layout, two
# bases each adding their own slots conflict, and the built-in types' rules (int subclasses with
# a dict, exceptions with extra fields, list/dict/tuple).
def t(name, *bases, **ns):
    try:
        c = type(name, bases, ns)
        print(name, [k.__name__ for k in c.__mro__])
    except TypeError as e:
        print(name, "TypeError:", e)


class A:
    __slots__ = ("a",)


class B(A):
    __slots__ = ("b",)


class C(A):
    __slots__ = ()


class E(A):
    __slots__ = ("e",)


t("D", B, C)
t("F", B, E)
t("G", C, E)


class G1:
    __slots__ = ("g",)


t("H", A, G1)


class J(A):
    pass


t("K", J, C)
t("K2", J, B)


class L:
    __slots__ = ()


t("M", B, L, __slots__=("m",))
t("N", list, dict)
t("N2", list, tuple)


class Q(A):
    __slots__ = ("__dict__",)


class S(A):
    __slots__ = ("__weakref__",)


t("R", Q, C)
t("T", S, Q)
t("T2", S, B)
t("T3", Q, B)


class IntA(int):
    pass


class IntB(int):
    pass


class IntC(int):
    __slots__ = ()


t("I1", IntA, IntB)
t("I2", IntA, IntC)
t("I3", IntC, int)
t("E1", KeyError, OSError)
t("E2", ValueError, TypeError)
t("E3", OSError, A)
t("E4", Exception, S)
t("E5", UnicodeError, KeyError)
t("E6", SyntaxError, OSError)


class St(str):
    pass


t("S1", St, str)
t("S2", str, bytes)


class Lst(list):
    __slots__ = ("q",)


t("L1", Lst, list)
t("L2", Lst, A)
t("L3", list, L)
t("O1", object, int)
t("O2", int, int)


class W(A):
    __slots__ = ("__weakref__",)


class W2(A):
    __slots__ = ("y",)


class Dd(A):
    pass


t("X12", W, W2)
t("X13", W2, W)
t("X14", Dd, W2)
t("X15", Dd, W, W2)
d = type("D", (B, C), {})()
d.a, d.b = 1, 2
print(d.a, d.b, hasattr(d, "__dict__"))
