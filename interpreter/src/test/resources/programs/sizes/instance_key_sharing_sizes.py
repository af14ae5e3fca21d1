# Instances of one class share their dict keys: sizes of materialized __dict__s.
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
a = P(1, 2)
b = P(3, 4)
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
b.z = 5
c = P(5, 6)
print(sys.getsizeof(b.__dict__), sys.getsizeof(c.__dict__))
d = dict(x=1, y=2)
print(sys.getsizeof(d))
class Q:
    pass
q = Q()
for i in range(12):
    setattr(q, "a%d" % i, i)
print(sys.getsizeof(q.__dict__), len(vars(q)))
