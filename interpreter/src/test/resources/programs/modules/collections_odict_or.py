# | builds type(left or right)(left) updated with the other; |= updates in place and takes
# anything update() takes; the other operand of | must be a dict.
from collections import OrderedDict

class Sub(OrderedDict):
    pass

a = OrderedDict(a=1, b=2)
b = OrderedDict(b=20, c=3)
print(a | b, b | a)
print(a | {"z": 0}, {"z": 0} | a, type({"z": 0} | a).__name__)
print(type(Sub(a) | {}).__name__, type({} | Sub(a)).__name__, type(a | Sub(b)).__name__)
c = a.copy()
c |= {"z": 0}
c |= [("y", 1)]
c |= OrderedDict(a=10)
print(c, c is not a)
for other in (1, [("q", 1)], "ab"):
    try:
        a | other
    except TypeError as e:
        print(e)
try:
    c |= 5
except TypeError as e:
    print(e)
