# OrderedDict: move_to_end, popitem from either end, order-sensitive equality.
from collections import OrderedDict

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print(list(od))
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1}, a)
