# == between two OrderedDicts compares the order too; against a plain dict it is dict's
# comparison; the orderings are not supported.
from collections import OrderedDict

a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a != b, a == OrderedDict(a=1, b=2), a != OrderedDict(a=1, b=2))
print(a == dict(b), dict(b) == a, a != dict(b), dict(b) != a)
print(a == OrderedDict(a=1, b=3), a != OrderedDict(a=1), a == [("a", 1), ("b", 2)])

class Sub(OrderedDict):
    pass

print(Sub(a) == a, Sub(b) == a, a == Sub(b), Sub(b) == dict(a))
for op in ("<", "<=", ">", ">="):
    try:
        eval("a " + op + " b")
    except TypeError as e:
        print(e)
