# deque's iterators (_collectionsmodule.c's dequeiter): __length_hint__, __reduce__ as
# (type, (deque, items consumed)), __new__(deque, index) consuming that many, so that pickling an
# iterator mid-way and copying it work; the mutation check carried across.
import collections
import copy
import operator
import pickle
import _collections

d = collections.deque("abcdef")
it = iter(d)
print(next(it), next(it), it.__length_hint__(), operator.length_hint(it))
print(it.__reduce__())
clone = pickle.loads(pickle.dumps(it))
print(type(clone).__name__, list(clone), list(it))
print(it.__length_hint__(), it.__reduce__()[1][1])
r = reversed(d)
print(next(r), r.__length_hint__(), r.__reduce__()[0] is _collections._deque_reverse_iterator)
print(list(pickle.loads(pickle.dumps(r))), list(copy.copy(r)), list(r))
T = type(iter(d))
R = type(reversed(d))
print(T is _collections._deque_iterator, T.__module__, R.__name__)
print(list(T(d, 3)), list(T(d)), list(T(d, 99)), list(T(d, -1)), list(R(d, 2)), list(R(d, 0)))
print(list(T(d, True)), T(d, 4).__length_hint__(), R(d, 5).__length_hint__())
for args in ((), ([1, 2],), (d, "x"), (d, 1, 2), (d, 2.0)):
    try:
        T(*args)
    except TypeError as e:
        print("TypeError:", e)
class D(collections.deque):
    pass
sub = D([1, 2, 3])
print(list(T(sub, 1)), type(iter(sub)) is T)
m = collections.deque([1, 2, 3])
it = iter(m)
next(it)
m.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(it.__length_hint__())
m2 = collections.deque([1, 2, 3])
it2 = iter(m2)
m2.append(4)
try:
    print("made", list(T(m2, 0)))
    T(m2, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
empty = iter(collections.deque())
print(empty.__length_hint__(), empty.__reduce__())
print(sorted(vars(T)), sorted(vars(R)))
