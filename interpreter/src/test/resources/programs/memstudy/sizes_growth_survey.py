# How built-in containers grow: sys.getsizeof after each append/insert, printed only when it changes.
import sys
from collections import deque
import array

def watch(name, obj, add, n):
    last = sys.getsizeof(obj)
    steps = [(0, last)]
    for i in range(n):
        add(obj, i)
        s = sys.getsizeof(obj)
        if s != last:
            steps.append((i + 1, s))
            last = s
    print(f"{name:10} {steps}")

watch("list", [], lambda o, i: o.append(i), 70)
watch("set", set(), lambda o, i: o.add(i), 70)
watch("dict", {}, lambda o, i: o.__setitem__(i, i), 70)
watch("strdict", {}, lambda o, i: o.__setitem__(str(i), i), 70)
watch("bytearray", bytearray(), lambda o, i: o.append(i % 256), 120)
watch("deque", deque(), lambda o, i: o.append(i), 200)
watch("array-d", array.array('d'), lambda o, i: o.append(float(i)), 70)
watch("array-b", array.array('b'), lambda o, i: o.append(i % 100), 70)

l = list(range(100))
print("list(range(100))", sys.getsizeof(l))
l2 = [i for i in range(100)]
print("comprehension", sys.getsizeof(l2))
l3 = [0] * 100
print("[0]*100", sys.getsizeof(l3))
while l2:
    l2.pop()
    if len(l2) in (90, 50, 25, 10, 5, 1, 0):
        print("after pops", len(l2), sys.getsizeof(l2))
s = set(range(100))
for i in range(100):
    s.discard(i)
print("emptied set", sys.getsizeof(s), "cleared", (s.clear(), sys.getsizeof(s))[1])
d = dict.fromkeys(range(100))
for i in range(100):
    del d[i]
print("emptied dict", sys.getsizeof(d), "cleared", (d.clear(), sys.getsizeof(d))[1])
