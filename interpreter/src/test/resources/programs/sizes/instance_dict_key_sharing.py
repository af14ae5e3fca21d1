# instance dicts share keys until something makes them combined
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
a = P(1, 2)
b = P(3, 4)
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
b.z = 5
print(sys.getsizeof(b.__dict__))
c = P(5, 6)
print(sys.getsizeof(c.__dict__))
a.__dict__["w"] = 1
print(sys.getsizeof(a.__dict__))
del c.x
print(sys.getsizeof(c.__dict__), c.__dict__)
class Q:
    pass
q = Q()
for n in "abcdefghijklmnop":
    setattr(q, n, 1)
print(sys.getsizeof(q.__dict__), len(q.__dict__))
q2 = Q()
q2.a = 1
print(sys.getsizeof(q2.__dict__))
