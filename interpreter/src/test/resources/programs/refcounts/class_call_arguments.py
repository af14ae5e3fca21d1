# A class call C(a, b) in CPython 3.11: type_call gets the arguments as a tuple (a class has no
# vectorcall), which holds them while __init__ runs beside the caller's stack entries and
# __init__'s own parameters; afterwards only the names remain. Defaults fill missing parameters.
import sys


class Pair:
    def __init__(self, left, right=None, tag="t"):
        if left is item:
            print("left inside __init__:", sys.getrefcount(left))
            print("self inside __init__:", sys.getrefcount(self))
        print("right is default:", right is None, "tag:", tag)
        self.left = left
        self.right = right


item = object()
print("before:", sys.getrefcount(item))
p = Pair(item)
print("after, held by p.left:", sys.getrefcount(item))
q = Pair(item, item, "u")
print("after two more:", sys.getrefcount(item))
del p, q
print("after del:", sys.getrefcount(item))
print("instance returned:", type(Pair(1)).__name__)
print("defaults shared:", Pair(2).right is Pair(3).right)
