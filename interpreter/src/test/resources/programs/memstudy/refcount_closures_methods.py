# Closures, bound methods and class attributes keep objects alive.
import sys

class Counter:
    def __init__(self):
        self.count = 0
    def inc(self):
        self.count += 1

c = Counter()
print("instance:", sys.getrefcount(c))
m = c.inc
print("bound method holds the instance:", sys.getrefcount(c))
print("method's __self__ is c:", m.__self__ is c)
del m
print("after del m:", sys.getrefcount(c))
methods = [c.inc for _ in range(3)]
print("three bound methods:", sys.getrefcount(c))
del methods

def make_counter():
    data = {"n": 0}
    def incr():
        data["n"] += 1
        return data["n"]
    return incr, data

incr, data = make_counter()
print("closure data:", sys.getrefcount(data))
incr()
print("cell contents is data:", incr.__closure__[0].cell_contents is data)
del incr
print("after dropping the closure:", sys.getrefcount(data))

class Registry:
    items = []

item = object()
Registry.items.append(item)
print("held in class attribute:", sys.getrefcount(item))
Registry.items.clear()
print("cleared:", sys.getrefcount(item))

def outer():
    x = object()
    def a():
        return x
    def b():
        return x
    return sys.getrefcount(x), a, b

count, fa, fb = outer()
print("local shared by two closures (counted inside):", count)
print("cell shared:", fa.__closure__[0] is fb.__closure__[0])
print("cell refcount:", sys.getrefcount(fa.__closure__[0]))
