# Live weakrefs compare and hash like their referents; dead ones compare by identity. A dead
# weakref keeps the hash it computed while alive.
import weakref

class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

a = Key(1)
b = Key(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb, ra is rb, hash(ra) == hash(a))
h = hash(ra)
del a, b
print(ra == rb, ra == ra, hash(ra) == h)
c = Key(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
