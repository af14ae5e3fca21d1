# Refcounts around iteration: for loops over lists, enumerate, zip, map, sorted, reversed,
# and a with block, counted at each step as a tutorial prints them.
import sys

data = ["x", "y", "z"]
print("start", sys.getrefcount(data))
it = iter(data)
print("iter", sys.getrefcount(data))
e = enumerate(data)
print("enumerate", sys.getrefcount(data))
z = zip(data, data)
print("zip of two", sys.getrefcount(data))
m = map(str.upper, data)
print("map", sys.getrefcount(data))
r = reversed(data)
print("reversed", sys.getrefcount(data))
del it, e, z, m, r
print("all dropped", sys.getrefcount(data))
s = sorted(data)
print("sorted makes a new list", sys.getrefcount(data), s is data)
item = data[0]
print("item refs", sys.getrefcount(item) > 2)

class Ctx:
    def __enter__(self):
        print("  enter", sys.getrefcount(self))
        return self
    def __exit__(self, *exc):
        print("  exit", sys.getrefcount(self))
        return False

c = Ctx()
print("ctx before", sys.getrefcount(c))
with c as bound:
    print("  inside", sys.getrefcount(c))
print("ctx after (bound still set)", sys.getrefcount(c))
del bound
print("ctx after del", sys.getrefcount(c))

for i, x in enumerate(data):
    if i == 1:
        print("in loop", sys.getrefcount(data), sys.getrefcount(x) > 1)
gen = (len(x) for x in data)
print("generator over list", sys.getrefcount(data))
print(sum(gen))
print("exhausted generator", sys.getrefcount(data))
del gen
print("end", sys.getrefcount(data))
