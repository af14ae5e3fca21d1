# deque: appends and pops at both ends, rotate, maxlen.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1])
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(7), d.index(8))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen, list(reversed(bounded)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
