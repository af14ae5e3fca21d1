# deque's block allocation and array.array's over-allocation, step by step.
import sys
from array import array
from collections import deque

d = deque()
prev = sys.getsizeof(d)
print("empty deque:", prev)
for i in range(200):
    d.append(i)
    s = sys.getsizeof(d)
    if s != prev:
        print(f"deque len {len(d)}: {s}")
        prev = s
for _ in range(150):
    d.popleft()
print("after popleft 150:", len(d), sys.getsizeof(d))
d.appendleft(-1)
print("appendleft:", sys.getsizeof(d))
print("maxlen 5:", sys.getsizeof(deque(range(100), maxlen=5)))
d.clear()
print("clear:", sys.getsizeof(d))

for code in "bBhHiIlLqQfd":
    a = array(code)
    print(code, a.itemsize, sys.getsizeof(a), sys.getsizeof(array(code, [0] * 10)))

a = array("i")
prev = sys.getsizeof(a)
for i in range(100):
    a.append(i)
    s = sys.getsizeof(a)
    if s != prev:
        print(f"array len {len(a)}: {s}")
        prev = s
a.extend(range(50))
print("extend 50:", len(a), sys.getsizeof(a))
del a[10:]
print("del [10:]:", sys.getsizeof(a))
print("frombytes:", sys.getsizeof(array("B", bytes(33))))
u = array("u", "héllo")
print("u:", u.itemsize, sys.getsizeof(u))
