# Attribute loads and method-style calls on a class at one site (C.x, C.f(...)), run many times
# while the classes change under them: rebinding and deleting the attribute, a base's attribute
# shadowed later by the class's own, a value whose class gains __get__, a metaclass attribute,
# static and class methods, other classes at the same site (also classes that died, their
# addresses reused). Every change is seen at once, and refcounts of the values read are CPython's.
import sys


class A:
    x = "A.x"

    def f(self, v):
        return ("A.f", v)


class B(A):
    pass


def read_x(cls):
    return cls.x


def call_f(cls, v):
    return cls.f(None, v)


seen = []
for i in range(200):
    seen.append(read_x(A))
    if i == 100:
        A.x = "A.x again"
    if i == 150:
        del A.x
        try:
            read_x(A)
        except AttributeError as e:
            seen.append(str(e))
        A.x = "A.x third"
print(sorted(set(seen)), seen.count("A.x"), seen.count("A.x again"), seen.count("A.x third"))

seen = []
for i in range(200):
    seen.append(read_x(B))
    if i == 80:
        A.x = "A.x from the base"
    if i == 120:
        B.x = "B.x"
print(seen[80], seen[81], seen[120], seen[121], seen.count("B.x"))

seen = []
for i in range(200):
    seen.append(call_f(B, i)[0])
    if i == 90:
        A.f = lambda self, v: ("new A.f", v)
    if i == 140:
        B.f = staticmethod(lambda self, v: ("B.f static", v))
print(seen[90], seen[91], seen[140], seen[141], len(seen))


class V:
    pass


value = V()


class H:
    a = value
    n = 12345678901234567890


results = []
for i in range(200):
    results.append(H.a is value)
    if i == 100:
        V.__get__ = lambda self, obj, owner: "through __get__"
print(results.count(True), H.a)

before = sys.getrefcount(H.n)
for i in range(300):
    H.n
kept = [H.n for i in range(100)]
print(sys.getrefcount(H.n) - before)
del kept
print(sys.getrefcount(H.n) - before)

names = [read_x.__name__ for i in range(3)]
for i in range(100):
    names.append(A.__name__)
print(sorted(set(names)))


class S:
    @staticmethod
    def s(v):
        return ("static", v)

    @classmethod
    def c(cls, v):
        return (cls.__name__, v)


class T(S):
    pass


out = []
for i in range(120):
    out.append(S.s(i)[0])
    out.append(T.c(i)[0])
print(sorted(set(out)), len(out))


def make(n):
    class K:
        x = n

        def f(self, v):
            return n + v
    return K


total = 0
for i in range(300):
    k = make(i)
    total += read_x(k) + call_f(k, 1)
    del k
print(total)

classes = [make(i) for i in range(5)]
values = []
for i in range(200):
    values.append(read_x(classes[i % 5]))
print(values[:10], sum(values))


class Meta(type):
    x = "Meta.x"


class M(metaclass=Meta):
    pass


class N(metaclass=Meta):
    x = "N.x"


print([read_x(M) for i in range(60)][-1], [read_x(N) for i in range(60)][-1])
print(read_x(int) if hasattr(int, "x") else [int.real.__class__.__name__ for i in range(60)][-1])
