# list sizes after common operations: slicing, concatenation, repetition, sort, extend, insert, clear.
import sys

base = list(range(10))
ops = {
    "base": base,
    "copy": base.copy(),
    "slice[:]": base[:],
    "slice[::2]": base[::2],
    "list()": list(base),
    "+": base + base,
    "* 3": base * 3,
    "sorted": sorted(base),
    "reversed list": list(reversed(base)),
    "comprehension": [x for x in base],
    "map": list(map(str, base)),
    "split": "a b c d e f g h i j".split(),
    "tuple->list": list(tuple(base)),
    "from gen": list(x for x in base),
}
for name, l in ops.items():
    print(f"{name:14} {sys.getsizeof(l)}")
l = []
l.extend(range(5))
print("extend 5", sys.getsizeof(l))
l.extend(range(100))
print("extend 100", sys.getsizeof(l))
l.insert(0, "x")
print("insert", sys.getsizeof(l))
l[:] = []
print("slice clear", sys.getsizeof(l))
l = list(range(50))
l.clear()
print("clear", sys.getsizeof(l))
l = [None] * 17
l.append(1)
print("[None]*17 + append", sys.getsizeof(l))
l *= 2
print("*= 2", sys.getsizeof(l))
l = list(range(20))
del l[5:]
print("del tail", sys.getsizeof(l))
l = [[]] * 3
print("nested alias", sys.getsizeof(l), sys.getsizeof(l[0]))
print("range list", sys.getsizeof(list(range(1000))), sys.getsizeof([*range(1000)]))
