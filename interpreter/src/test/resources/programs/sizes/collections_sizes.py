# Sizes of the collections types (a deque's blocks hold 64 items each).
import collections
import sys

dq = collections.deque()
print("deque", sys.getsizeof(dq))
dq.extend(range(100))
print("deque of 100", sys.getsizeof(dq))
print("defaultdict", sys.getsizeof(collections.defaultdict(list)))
print("OrderedDict", sys.getsizeof(collections.OrderedDict()))
print("OrderedDict of 3", sys.getsizeof(collections.OrderedDict(a=1, b=2, c=3)))
print("Counter", sys.getsizeof(collections.Counter()))
Point = collections.namedtuple("Point", "x y")
print("namedtuple instance", sys.getsizeof(Point(1, 2)), sys.getsizeof((1, 2)))
