# __slots__ fixes the attribute names: no __dict__, unknown attributes are an AttributeError.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
print(P.__slots__, type(P.x).__name__)

class Q(P):
    pass

q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"))
