# Key-sharing instance dicts when attributes come in different orders: the
# class's shared keys grow in first-seen order, other orders still share
# them, a deletion or a non-str key unshares only that instance, and
# vars() order follows each instance's own insertion order.
import sys

class Point:
    pass

def make(order, **values):
    p = Point()
    for name in order:
        setattr(p, name, values[name])
    return p

vals = dict(x=1, y=2, z=3)
a = make("xyz", **vals)
b = make("zyx", **vals)
c = make("yxz", **vals)
for label, p in (("xyz", a), ("zyx", b), ("yxz", c)):
    print(label, list(vars(p)), sys.getsizeof(vars(p)))
d = make("xy", **vals)
print("two attrs:", list(vars(d)), sys.getsizeof(vars(d)))
d.w = 0
print("new key w:", list(vars(d)), sys.getsizeof(vars(d)))
e = make("xyz", **vals)
print("after w joined the keys:", sys.getsizeof(vars(e)), list(vars(e)))
del e.y
print("deleted y:", list(vars(e)), sys.getsizeof(vars(e)))
e.y = 20
print("y back at the end:", list(vars(e)), sys.getsizeof(vars(e)))
f = make("xyz", **vals)
vars(f)[1] = "int key"
print("non-str key:", list(vars(f)), sys.getsizeof(vars(f)))
g = make("xyz", **vals)
print("copy of shared:", sys.getsizeof(vars(g).copy()), sys.getsizeof(dict(vars(g))))

class Wide:
    pass
sizes = []
w = Wide()
for i in range(35):
    setattr(w, f"a{i}", i)
    s = sys.getsizeof(vars(w))
    if not sizes or sizes[-1][1] != s:
        sizes.append((i + 1, s))
print("one instance growing:", sizes)
w2 = Wide()
for i in range(35):
    setattr(w2, f"a{i}", i)
print("second instance:", sys.getsizeof(vars(w2)))

class Init:
    def __init__(self, flag):
        if flag:
            self.a = 1
            self.b = 2
        else:
            self.b = 2
            self.a = 1
print("init orders:", list(vars(Init(True))), list(vars(Init(False))),
      sys.getsizeof(vars(Init(True))), sys.getsizeof(vars(Init(False))))
