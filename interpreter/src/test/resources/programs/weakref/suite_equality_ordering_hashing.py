# From CPython's weakref tests: live refs compare as their referents, dead ones by identity; refs
# cannot be ordered, alive or dead; a ref hashes as its referent and keeps that hash once dead, a
# dead ref never hashed cannot be hashed.
import gc
import operator
import weakref

class Object:
    def __init__(self, arg):
        self.arg = arg
    def __repr__(self):
        return "<Object %r>" % self.arg
    def __eq__(self, other):
        if isinstance(other, Object):
            return self.arg == other.arg
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, Object):
            return self.arg < other.arg
        return NotImplemented
    def __hash__(self):
        return hash(self.arg)

class AlwaysEq:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False

x = Object(1)
y = Object(1)
z = Object(2)
a = weakref.ref(x)
b = weakref.ref(y)
c = weakref.ref(z)
d = weakref.ref(x)
print(a == b, a != b, a == c, a != c, a == d, a != d, a == x, a != x, a == AlwaysEq(), a != AlwaysEq())
del x, y, z
gc.collect()
print([r() for r in (a, b, c)])
print(a == b, a != b, a == c, a != c, a == d, a is d)

x = Object(1)
y = Object(1)
a = weakref.ref(x)
b = weakref.ref(y)
for op in (operator.lt, operator.gt, operator.le, operator.ge):
    try:
        op(a, b)
    except TypeError as e:
        print(op.__name__, e)
del x, y
for op in (operator.lt, operator.ge):
    try:
        op(a, b)
    except TypeError as e:
        print("dead", op.__name__, e)

x = Object(42)
y = Object(42)
a = weakref.ref(x)
b = weakref.ref(y)
print(hash(a) == hash(42))
del x, y
print(hash(a) == hash(42))
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
