# binary operators: reflected methods, NotImplemented, subclass priority, pow with a modulus, @, divmod
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, other):
        print("V.__add__", other)
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print("V.__radd__", other)
        return self.__add__(other)
    def __iadd__(self, other):
        print("V.__iadd__", other)
        self.x += other.x if isinstance(other, V) else other
        return self
    def __mul__(self, k):
        return V(self.x * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x)
    def __eq__(self, other):
        print("V.__eq__")
        return isinstance(other, V) and self.x == other.x
    def __lt__(self, other):
        return self.x < other.x if isinstance(other, V) else NotImplemented
print(V(1) + V(2), V(1) + 5, 5 + V(1), 3 * V(2), V(2) * 3, -V(4))
v = V(1)
v += 2
print(v)
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + V(1)
except TypeError as e:
    print("TypeError:", e)
print(sum([V(1), V(2)], V(0)))
print(sum([V(1), V(2)]))
class SubV(V):
    def __radd__(self, other):
        print("SubV.__radd__")
        return V(100)
print(V(1) + SubV(2))
print(V(1) == V(1), V(1) != V(2), V(1) == 1)
try:
    V(1) < 3
except TypeError as e:
    print("TypeError:", e)
print(V(2) > V(1))
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() == B(), A() != B())
print(NotImplemented.__class__.__name__, bool(1 .__add__('x') is NotImplemented))
class M:
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
print(M() @ 1, 1 @ M(), M() ** 2, pow(M(), 2, 5), 2 ** M())
class F:
    def __floordiv__(self, o): return "fd"
    def __rtruediv__(self, o): return "rtd"
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(F() // 1, 1 / F(), divmod(F(), 2), divmod(2, F()))
