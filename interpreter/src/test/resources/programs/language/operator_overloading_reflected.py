# reflected and in-place operators, NotImplemented fallbacks
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd'); return self + o
    def __iadd__(self, o):
        print('iadd'); self.x += o.x if isinstance(o, V) else o; return self
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x)
    def __lt__(self, o): return self.x < o.x
v = V(1)
print(v + V(2), v + 3, 3 + v, 2 * v, v * 2, -v)
w = v
v += 10
print(v, w is v)
print(sum([V(1), V(2)], V(0)), sorted([V(3), V(1)]), V(1) > V(0))
try:
    v + 'a'
except TypeError as e:
    print(e)
