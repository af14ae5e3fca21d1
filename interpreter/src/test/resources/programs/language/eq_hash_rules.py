# defining __eq__ without __hash__ makes instances unhashable
class A:
    def __eq__(self, o): return True
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print(e)
class B(A):
    __hash__ = object.__hash__
print(hash(B()) is not None, B() == 1)
class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {K(1): 'a'}
print(d[K(1)], K(1) in {K(1)}, K(1) != K(2))
print(1 == 1.0, hash(1) == hash(1.0), {1: 'x', 1.0: 'y'})
