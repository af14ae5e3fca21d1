# deque memory: appends on both ends, maxlen windows, rotate, extend and copy, as sys.getsizeof sees them.
import sys
from collections import deque

def show(label, d):
    print(f"{label:22} len={len(d):4} size={sys.getsizeof(d)}")

d = deque()
show("empty", d)
for i in range(40):
    d.append(i)
show("40 appends", d)
for i in range(40):
    d.appendleft(i)
show("40 appendlefts", d)
d.rotate(17)
show("rotate 17", d)
while len(d) > 5:
    d.pop()
show("popped to 5", d)
d.clear()
show("cleared", d)
e = deque(range(100))
show("deque(range(100))", e)
f = deque(range(63))
show("deque(range(63))", f)
g = deque(range(64))
show("deque(range(64))", g)
h = g.copy()
show("copy of 64", h)
w = deque(maxlen=10)
for i in range(1000):
    w.append(i)
show("window maxlen 10", w)
el = deque()
el.extendleft(range(70))
show("extendleft 70", el)
ex = deque([1])
ex.extend(range(200))
show("extend after one", ex)
k = deque()
k.extend(())
show("extend empty", k)
k.append(1)
show("then append", k)
print(list(w)[:3], el[0], ex[-1])
