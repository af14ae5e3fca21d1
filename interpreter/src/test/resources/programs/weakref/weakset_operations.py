# WeakSet: set algebra, comparisons, members dying, and what cannot be added.
import weakref
import gc

class M:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"M{self.n}"

ms = [M(i) for i in range(6)]
a = weakref.WeakSet(ms[:4])
b = weakref.WeakSet(ms[2:])
print(len(a), len(b))
print(sorted(a | b, key=lambda m: m.n))
print(sorted(a & b, key=lambda m: m.n))
print(sorted(a - b, key=lambda m: m.n))
print(sorted(a ^ b, key=lambda m: m.n))
print(a <= weakref.WeakSet(ms), a < a, a == weakref.WeakSet(ms[:4]), a == set(ms[:4]))
print(a.isdisjoint(weakref.WeakSet(ms[4:])))
c = a.copy()
c.discard(ms[0])
c.remove(ms[1])
print(len(c), len(a))
try:
    c.remove(ms[5])
except KeyError as e:
    print("KeyError holding the ref:", type(e.args[0]).__name__, e.args[0]() is ms[5])
p = c.pop()
print(p in ms, len(c))
del p
ms[3] = None
print("after a member died:", len(a), len(b))
try:
    a.add(1)
except TypeError as e:
    print("TypeError:", e)
a.clear()
print(len(a), bool(a))
a |= b
print(len(a))
a -= b
print(len(a))
print(repr(weakref.WeakSet()).startswith("<_weakrefset.WeakSet object at"))
gc.collect()
