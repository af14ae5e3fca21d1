# Dict memory when keys are removed with pop/popitem and the table never shrinks.
import sys

d = dict.fromkeys(range(10000))
full = sys.getsizeof(d)
print("10000 keys:", full)
for _ in range(9990):
    d.popitem()
print("after popitem to 10 keys:", len(d), sys.getsizeof(d) == full)
d[-1] = None
print("insert after deletes:", sys.getsizeof(d) == full)
compact = dict(d)
print("dict(d) is compact:", sys.getsizeof(compact))
e = {}
e.update(d)
print("update into empty:", sys.getsizeof(e))
f = {k: v for k, v in d.items()}
print("comprehension copy:", sys.getsizeof(f))
g = d.copy()
print("d.copy():", sys.getsizeof(g), sys.getsizeof(g) == full)
h = {"a": 1}
print("one key:", sys.getsizeof(h))
h.pop("a")
print("popped:", sys.getsizeof(h))
h.setdefault("b", []).append(1)
print("setdefault:", sys.getsizeof(h))
i = {}
for k in range(6):
    i[k] = k
print("6 keys:", sys.getsizeof(i))
i[6] = 6
print("7 keys:", sys.getsizeof(i))
i |= {7: 7, 8: 8, 9: 9, 10: 10, 11: 11}
print("|= to 12:", sys.getsizeof(i))
print("dict | dict:", sys.getsizeof({1: 1} | {2: 2}))
