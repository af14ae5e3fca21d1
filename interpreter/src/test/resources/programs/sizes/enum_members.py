# Sizes of enum classes and their members, against plain constants and a namedtuple.
import sys
import enum
from collections import namedtuple

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1

print("member", sys.getsizeof(Color.RED), "has dict", hasattr(Color.RED, "__dict__"))
print("member dict keys", sorted(vars(Color.RED)))
print("member dict size", sys.getsizeof(vars(Color.RED)))
print("IntFlag member", sys.getsizeof(Perm.R), isinstance(Perm.R, int))
combo = Perm.R | Perm.W
print("combo", sys.getsizeof(combo), combo is (Perm.W | Perm.R))
print("members map", type(Color.__members__).__name__, len(Color.__members__))
print("value2member", sorted(Color._value2member_map_))
Point = namedtuple("Point", "x y")
print("namedtuple", sys.getsizeof(Point(1, 2)), "plain tuple", sys.getsizeof((1, 2)))
print("same value is same member", Color(1) is Color.RED, Color["GREEN"] is Color.GREEN)
print("refcount stable across lookups", sys.getrefcount(Color.RED) == sys.getrefcount(Color(1)))
