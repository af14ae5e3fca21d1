# weakref proxies forward every number slot (weakrefobject.c's proxy_as_number): binary, reflected,
# ternary pow, divmod, matrix multiply, unary, int/float/index conversions, and the in-place
# operators, which run on the referent and rebind the name to its result (not to the proxy);
# next() through a proxy of an iterator, bytes() and reversed() through the plain proxy only.
import operator
import weakref


class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return ("radd", o)
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        return "isub result"
    def __imatmul__(self, o):
        return ("imatmul", o)
    def __ipow__(self, o):
        self.v **= o
        return self
    def __matmul__(self, o):
        return ("matmul", o)
    def __rmatmul__(self, o):
        return ("rmatmul", o)
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o, mod=None):
        return ("rpow", o, mod)
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __index__(self):
        return self.v
    def __int__(self):
        return 100 + self.v
    def __float__(self):
        return 0.5 + self.v
    def __neg__(self):
        return Num(-self.v)
    def __invert__(self):
        return "inverted"
    def __bool__(self):
        return self.v != 0
    def __bytes__(self):
        return b"bytes of %d" % self.v
    def __reversed__(self):
        return iter(["r", "e", "v"])


n = Num(3)
p = weakref.proxy(n)
print(p + 1, 1 + p, p @ 2, 2 @ p, p ** 2, pow(p, 2, 7), 2 ** p, divmod(p, 5), divmod(5, p))
print(-p, ~p, bool(p), int(p), float(p), operator.index(p), hex(p), "abcdef"[p], range(9)[p], b"xyzw"[p])
print([10, 20, 30, 40, 50][p])
print(p.__index__(), p.__int__(), p.__float__(), p.__add__(1), p.__radd__(1), p.__pow__(2, 3))
q = p
q += 4
print(type(q).__name__, q is n, n.v)
q = p
q -= 1
print(q)
q = p
q @= 9
print(q)
q = p
q **= 2
print(q is n, n.v)
print(bytes(p), list(reversed(p)), p.__bytes__())
nums = [5]
lp = weakref.proxy(collections_list := type("L", (list,), {})(nums))
lq = lp
lq += [6]
print(type(lq).__name__, collections_list)
lq = lp
lq *= 2
print(collections_list, lq is collections_list)
class Holder:
    pass
# a proxy of an iterator is an iterator
class Counter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
c = Counter()
cp = weakref.proxy(c)
print(next(cp), cp.__next__(), list(cp), next(cp, "done"))
try:
    next(p)
except TypeError as e:
    print("TypeError:", e)
def f():
    return 1
f.__index__ = None
fp = weakref.proxy(f)
print(type(fp).__name__, hasattr(type(fp), "__bytes__"), hasattr(type(fp), "__reversed__"), hasattr(type(p), "__bytes__"))
for op in (operator.iadd, operator.imul, operator.ior, operator.ifloordiv):
    try:
        op(fp, 1)
    except TypeError as e:
        print("TypeError:", e)
held = Holder()
for conv in (int, float, operator.index, abs):
    try:
        conv(weakref.proxy(held))
    except TypeError as e:
        print("TypeError:", e)
class Holder2:
    pass
dead = weakref.proxy(Holder2())
for op in (lambda: dead + 1, lambda: int(dead), lambda: operator.index(dead), lambda: next(dead), lambda: -dead):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
def iadd_dead():
    global dead
    dead += 1
try:
    iadd_dead()
except ReferenceError as e:
    print("ReferenceError:", e)
s = Num(0)
sp = weakref.proxy(s)
print(bool(sp), not sp)
print(float(sp), int(sp), float(weakref.proxy(Num(2))) if False else "")
class Text(str):
    pass
t = Text("2.5")
print(float(weakref.proxy(t)))
