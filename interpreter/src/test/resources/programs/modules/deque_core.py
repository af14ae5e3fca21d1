# collections.deque's C type: both ends, extend/extendleft, rotate, maxlen, insert/remove/del/setitem,
# comparisons, copy, repr (recursive too), iterator mutation check, sys.getsizeof of the 64-item blocks.
import sys
from _collections import deque
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
print(bounded, bounded.maxlen, list(reversed(bounded)), deque().maxlen)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1]).index(9), lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 5), lambda: hash(deque())]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))), sys.getsizeof(deque(range(64))), sys.getsizeof(deque(range(63))))
e = deque()
for i in range(200):
    e.appendleft(i)
print(sys.getsizeof(e), e.__sizeof__())
for i in range(150):
    e.pop()
print(sys.getsizeof(e), len(e), list(e)[:5])
q = deque("abcde")
q.insert(2, "X"); q.insert(-1, "Y"); q.insert(100, "Z")
del q[0]
q[1] = "w"
q.remove("e")
print(q, "c" in q, "q" in q, q == deque(q), q != deque("ab"), q < deque("zz"), deque([1, 2]) == [1, 2])
q.reverse()
print(q, q.copy(), bool(deque()), bool(q))
q.clear()
print(q, sys.getsizeof(q))
r = deque([1, 2])
r.append(r)
print(r)
it = iter(r)
next(it)
r.append(5)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
class D(deque):
    pass
x = D([1, 2], 5)
print(x, type(x.copy()).__name__, x.maxlen)
w = deque(range(10), maxlen=4)
w.extendleft("ab")
print(w, sys.getrefcount(w))
