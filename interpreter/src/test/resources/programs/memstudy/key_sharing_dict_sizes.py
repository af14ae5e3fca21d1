# Key-sharing instance dicts (PEP 412): sizes while instances share keys, and when sharing breaks.
import sys

class Shared:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

objs = [Shared(i, i, i) for i in range(3)]
print("shared dict sizes:", [sys.getsizeof(o.__dict__) for o in objs])
plain = {"a": 0, "b": 0, "c": 0}
print("equivalent plain dict:", sys.getsizeof(plain))
objs[0].extra = 1
print("after extra attr on one:", sys.getsizeof(objs[0].__dict__), sys.getsizeof(objs[1].__dict__))
del objs[1].a
print("after deleting an attr:", sys.getsizeof(objs[1].__dict__))
o = Shared(1, 2, 3)
print("new instance after:", sys.getsizeof(o.__dict__))

class Reordered:
    def __init__(self, flip):
        if flip:
            self.y = 1
            self.x = 2
        else:
            self.x = 1
            self.y = 2

r1 = Reordered(False)
r2 = Reordered(True)
print("insertion order differs:", list(r1.__dict__), list(r2.__dict__))
print("sizes:", sys.getsizeof(r1.__dict__), sys.getsizeof(r2.__dict__))
d = dict(r1.__dict__)
print("copied to a plain dict:", sys.getsizeof(d))
r3 = Reordered(False)
r3.__dict__["z"] = 3
print("via __dict__ item:", sys.getsizeof(r3.__dict__))
vs = vars(Reordered(False))
print("vars():", vs, sys.getsizeof(vs))

class Many:
    def __init__(self):
        for i in range(40):
            setattr(self, f"a{i}", i)

m = Many()
print("40 attrs:", sys.getsizeof(m.__dict__), len(m.__dict__))
