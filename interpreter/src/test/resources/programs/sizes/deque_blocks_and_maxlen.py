# deque memory in blocks of 64 slots: getsizeof while appending on the
# right and the left, popping back down, rotating, with a maxlen that keeps
# the length fixed, and after clear().
import sys
from collections import deque

d = deque()
jumps = [(0, sys.getsizeof(d))]
for i in range(300):
    d.append(i)
    s = sys.getsizeof(d)
    if s != jumps[-1][1]:
        jumps.append((len(d), s))
print("append jumps:", jumps)

d = deque()
jumps = [(0, sys.getsizeof(d))]
for i in range(300):
    d.appendleft(i)
    s = sys.getsizeof(d)
    if s != jumps[-1][1]:
        jumps.append((len(d), s))
print("appendleft jumps:", jumps)

sizes = []
while d:
    d.pop()
    s = sys.getsizeof(d)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(d), s))
print("pop steps:", sizes)

d = deque(range(100))
print("deque(range(100)):", sys.getsizeof(d))
d.rotate(37)
print("after rotate(37):", sys.getsizeof(d))
d.rotate(-200)
print("after rotate(-200):", sys.getsizeof(d))
m = deque(maxlen=10)
for i in range(1000):
    m.append(i)
print("maxlen 10 after 1000 appends:", len(m), sys.getsizeof(m), list(m)[:3])
m2 = deque(range(70), maxlen=70)
m2.appendleft(-1)
print("maxlen 70 appendleft:", len(m2), m2[0], m2[-1], sys.getsizeof(m2))
d = deque(range(200))
d.clear()
print("clear:", sys.getsizeof(d))
e = deque(range(64))
print("64 items:", sys.getsizeof(e), "65:", sys.getsizeof(deque(range(65))))
print("copy:", sys.getsizeof(e.copy()), "extend self:", (e.extend(e), len(e), sys.getsizeof(e))[1:])
print("multiply:", sys.getsizeof(deque([1]) * 200))
