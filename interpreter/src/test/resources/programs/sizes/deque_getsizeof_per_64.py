# sys.getsizeof of a collections.deque as it grows and shrinks: CPython allocates blocks of 64
# items (BLOCKLEN) and deque.__sizeof__ counts every block (the empty deque already has one),
# (len + leftindex + 63) // 64 of them; an empty deque starts in the middle of its block, so
# append and appendleft both cross into a new block at 33 items, then every 64; popping frees a
# block once it is empty; a maxlen deque stops growing; copy() and deque(iterable) append.
import collections
import sys

d = collections.deque()
base = sys.getsizeof(d)
print("empty", base)
steps = []
last = base
for i in range(1, 300):
    d.append(i)
    size = sys.getsizeof(d)
    if size != last:
        steps.append((len(d), size - base))
        last = size
print("append steps (len, added bytes):", steps)

d = collections.deque()
steps = []
last = base
for i in range(1, 300):
    d.appendleft(i)
    size = sys.getsizeof(d)
    if size != last:
        steps.append((len(d), size - base))
        last = size
print("appendleft steps:", steps)

steps = []
while d:
    d.pop()
    size = sys.getsizeof(d)
    if size != last:
        steps.append((len(d), size - base))
        last = size
print("pop steps:", steps)

for n in (0, 1, 63, 64, 65, 128, 200):
    made = collections.deque(range(n))
    print(f"deque(range({n})): {sys.getsizeof(made) - base:5} copy: {sys.getsizeof(made.copy()) - base:5}")

m = collections.deque(maxlen=100)
sizes = set()
for i in range(1000):
    m.append(i)
    sizes.add(sys.getsizeof(m) - base)
print("maxlen 100 over 1000 appends:", sorted(sizes))

r = collections.deque(range(130))
before = sys.getsizeof(r)
r.rotate(17)
print("rotate(17) changes", sys.getsizeof(r) - before)
r.rotate(-40)
print("rotate(-40) changes", sys.getsizeof(r) - before)
r.clear()
print("cleared", sys.getsizeof(r) - base)
