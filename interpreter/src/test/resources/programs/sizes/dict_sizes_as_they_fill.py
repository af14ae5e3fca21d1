# A table of dict sizes as entries are added by literal, comprehension, dict() and
# fromkeys, then after deleting and after copy: the resize points people plot.
import sys

def table(label, make):
    print(label, [sys.getsizeof(make(n)) for n in (0, 1, 5, 6, 10, 11, 21, 22, 43, 44)])

def _insert(n):
    d = {}
    for i in range(n):
        d[i] = i
    return d
table("insert", _insert)
table("comprehension", lambda n: {i: None for i in range(n)})
table("fromkeys", lambda n: dict.fromkeys(range(n)))
table("dict(zip)", lambda n: dict(zip(range(n), range(n))))
table("str keys", lambda n: {str(i): i for i in range(n)})
table("copy", lambda n: _insert(n).copy())
d = _insert(100)
sizes = [sys.getsizeof(d)]
for k in range(100):
    del d[k]
    sizes.append(sys.getsizeof(d))
print("deleting never shrinks:", len(set(sizes)) == 1, sizes[0])
d[0] = 0
print("one insert after deleting all:", sys.getsizeof(d))
d.clear()
print("clear:", sys.getsizeof(d))
print("literal with 3:", sys.getsizeof({"a": 1, "b": 2, "c": 3}), "dict(a=..):", sys.getsizeof(dict(a=1, b=2, c=3)))
e = {}
e.update({i: i for i in range(12)})
print("update 12:", sys.getsizeof(e))
f = {**e}
print("unpack 12:", sys.getsizeof(f), "| merge:", sys.getsizeof(e | {}))
