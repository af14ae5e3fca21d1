# Rich comparison dispatch as data model experts probe it: __eq__ returning NotImplemented on both
# sides falling back to identity, __ne__ derived from __eq__ (and not when __eq__ is missing), a
# subclass's reflected method tried first only when it overrides, ordering errors naming both types,
# __hash__ = None inherited and set implicitly when __eq__ is defined, and hashing of such instances.
calls = []

class P:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        calls.append(('P.eq', type(other).__name__))
        return NotImplemented
    def __repr__(self): return f"P({self.v})"

class Q:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        calls.append(('Q.eq', type(other).__name__))
        if isinstance(other, (P, Q)):
            return self.v == other.v
        return NotImplemented

p1, p2 = P(1), P(1)
print(p1 == p2, p1 != p2, p1 == p1, p1 != p1); print(calls); calls.clear()
print(p1 == Q(1), p1 != Q(2)); print(calls); calls.clear()
print(Q(1) == p1); print(calls); calls.clear()

class QSub(Q):
    def __eq__(self, other):
        calls.append(('QSub.eq', type(other).__name__))
        return NotImplemented

print(Q(1) == QSub(1)); print(calls); calls.clear()

class QSub2(Q):
    pass
print(Q(1) == QSub2(1)); print(calls); calls.clear()

class OnlyNe:
    def __ne__(self, other):
        calls.append('OnlyNe.ne')
        return True
a = OnlyNe()
print(a == a, a != a, a == OnlyNe()); print(calls); calls.clear()

class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if isinstance(other, Ord): return self.v < other.v
        return NotImplemented
    def __gt__(self, other):
        if isinstance(other, Ord): return self.v > other.v
        return NotImplemented

print(Ord(1) < Ord(2), Ord(1) > Ord(2), Ord(3) < Ord(2))
for expr in ("Ord(1) <= Ord(2)", "Ord(1) < 3", "3 > Ord(1)", "Ord(1) >= None", "None < None",
             "[1] < (1,)", "{1: 2} < {}", "1j < 2j"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)

class WithEq:
    def __eq__(self, other): return True
print(WithEq.__hash__, WithEq.__dict__['__hash__'])
try:
    hash(WithEq())
except TypeError as e:
    print("TypeError", e)

class Child(WithEq):
    pass
try:
    {Child()}
except TypeError as e:
    print("TypeError", e)

class Rehash(WithEq):
    __hash__ = object.__hash__
print(type(hash(Rehash())).__name__, '__hash__' in Rehash.__dict__)

class NoHash:
    __hash__ = None
import collections.abc
print(isinstance(NoHash(), collections.abc.Hashable), isinstance(Rehash(), collections.abc.Hashable))

class EqAndHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqAndHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(2) in s, 1 in s)
print(NotImplemented.__reduce__(), repr(NotImplemented), bool(Ord(1).__lt__(5) is NotImplemented))
