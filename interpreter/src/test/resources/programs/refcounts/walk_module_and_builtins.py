# Reference counts of modules, functions and classes as a program grows:
# imports, from-imports, decorators, and methods looked up on instances.
import sys
import json
from json import dumps

print("json module", sys.getrefcount(json) > 2)
before = sys.getrefcount(dumps)
alias = dumps
print("alias adds one", sys.getrefcount(dumps) - before)
del alias

def deco(func):
    registry.append(func)
    return func

registry = []

@deco
def handler():
    return 1

print("decorated", sys.getrefcount(handler))
registry.clear()
print("registry cleared", sys.getrefcount(handler))

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y

start = sys.getrefcount(Point)
pts = [Point(i, i) for i in range(10)]
print("class refs grew by", sys.getrefcount(Point) - start)
m = pts[0].norm
print("bound method holds", sys.getrefcount(pts[0]))
print("method self", m.__self__ is pts[0], m())
del m
pts.clear()
print("class refs back", sys.getrefcount(Point) - start)

x = 1000.5
y = x
print("float shared", sys.getrefcount(x))
y += 1
print("after +=", sys.getrefcount(x), y)
s = "not interned " + str(len(registry))
print("built str", sys.getrefcount(s))
u = s
print("aliased", sys.getrefcount(s))
