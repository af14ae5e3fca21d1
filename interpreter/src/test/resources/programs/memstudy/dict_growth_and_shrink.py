# dict sizes: literal vs dict() vs fromkeys vs comprehension, deletion, copy and the key-sharing dicts of instances.
import sys

print("{}", sys.getsizeof({}))
for n in (1, 5, 6, 10, 11, 21, 22, 42, 43, 85, 86):
    d = {i: None for i in range(n)}
    f = dict.fromkeys(range(n))
    z = dict(zip(range(n), range(n)))
    print(n, sys.getsizeof(d), sys.getsizeof(f), sys.getsizeof(z), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))

d = {}
for i in range(1000):
    d[i] = i
big = sys.getsizeof(d)
for i in range(990):
    del d[i]
print("after deleting", big, sys.getsizeof(d), len(d))
d[5000] = 1
print("one insert", sys.getsizeof(d))
print("copy", sys.getsizeof(d.copy()))
d2 = {}
d2.update(d)
print("update into empty", sys.getsizeof(d2))

class Obj:
    def __init__(self, a, b):
        self.a = a
        self.b = b

o1, o2 = Obj(1, 2), Obj(3, 4)
print("instance dicts", sys.getsizeof(o1.__dict__), sys.getsizeof(o2.__dict__))
o1.c = 3
print("after new attr", sys.getsizeof(o1.__dict__), sys.getsizeof(o2.__dict__))
for k in range(10):
    setattr(o2, f"x{k}", k)
print("o2 grown", sys.getsizeof(o2.__dict__))
print("vars copy", sys.getsizeof(dict(vars(o1))))
print("keys view", sys.getsizeof(d.keys()), sys.getsizeof(d.items()))
