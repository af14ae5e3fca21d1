# 3.11's key-sharing dicts seen through sys.getsizeof of instances' __dict__ (read after the
# attributes were set, so each dict is made from the instance's values array then): instances
# adding their attributes in the same or another order, many attributes (past the shared keys'
# 30 entries the dict becomes a combined one), a deleted attribute, a name the shared keys do not
# hold yet, attributes set in __init__ with one instance adding an extra; the class's __dict__
# (a mappingproxy), class objects and instances with and without __slots__.
import sys


def sizes(*objs):
    return [sys.getsizeof(o.__dict__) for o in objs]


class Point:
    pass


p1 = Point()
p1.x = 1
p1.y = 2
p2 = Point()
p2.x = 3
p2.y = 4
p3 = Point()
p3.y = 5
p3.x = 6
print("same order, same order, other order:", sizes(p1, p2, p3))
print("p3 keys", list(p3.__dict__))


class Record:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"f{i}", i)


small = Record(3)
print("3 attributes", sizes(small))
r = [Record(k) for k in (1, 2, 5, 8, 16, 30, 31, 40)]
print("1..40 attributes:", sizes(*r))
gone = Record(5)
del gone.f2
print("after a delete", sizes(gone))
late = Record(3)
late.extra = "x"
print("a name not in the shared keys yet", sizes(late))


class Config:
    def __init__(self):
        self.host = "h"
        self.port = 1


c1 = Config()
c2 = Config()
c2.debug = True
c3 = Config()
print("init-set attributes, one with an extra:", sizes(c1, c2, c3))
print("extra became a shared key for the next:", "debug" in c3.__dict__, sizes(Config()))


class Empty:
    pass


print("no attributes", sizes(Empty()))
print("mappingproxy sizes", sys.getsizeof(Point.__dict__), sys.getsizeof(Record.__dict__), sys.getsizeof(int.__dict__))
print("class objects", sys.getsizeof(Point) == sys.getsizeof(Record), sys.getsizeof(Point) > sys.getsizeof(Point()))
print("instance sizes", sys.getsizeof(Point()), sys.getsizeof(p3))


class Slotted:
    __slots__ = ("a", "b", "c")


print("slotted instance", sys.getsizeof(Slotted()), "has __dict__", hasattr(Slotted(), "__dict__"))
