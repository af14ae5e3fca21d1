# Key-sharing instance dicts in practice: instances that set the same attributes in the
# same order stay small; adding an attribute late or in another order unshares them.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Messy:
    def __init__(self, flip):
        if flip:
            self.b = 1
            self.a = 2
        else:
            self.a = 1
            self.b = 2

ps = [Point(i, i) for i in range(5)]
print("shared dict sizes:", [sys.getsizeof(p.__dict__) for p in ps])
ps[0].z = 3
print("after adding z to one:", sys.getsizeof(ps[0].__dict__), sys.getsizeof(ps[1].__dict__))
p = Point(0, 0)
print("new instance after z:", sys.getsizeof(p.__dict__))
m1 = Messy(False)
m2 = Messy(True)
print("messy order:", sys.getsizeof(m1.__dict__), sys.getsizeof(m2.__dict__), list(vars(m2)))
q = Point(1, 2)
d = q.__dict__
print("dict materialized:", sys.getsizeof(d), d)
del q.x
print("after del attribute:", sys.getsizeof(q.__dict__), vars(q))
q.x = 5
print("re-added:", list(vars(q)), sys.getsizeof(q.__dict__))
class Many:
    def __init__(self):
        for i in range(30):
            setattr(self, f"a{i}", i)
mm = Many()
print("30 attributes:", sys.getsizeof(mm.__dict__), len(vars(mm)))
print("copy of shared dict:", sys.getsizeof(Point(1, 1).__dict__.copy()))
print("instance size:", sys.getsizeof(Point(1, 1)), sys.getsizeof(Many()))
