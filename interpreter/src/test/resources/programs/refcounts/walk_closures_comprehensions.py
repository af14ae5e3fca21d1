# Reference counts through closures, comprehensions and generator expressions:
# cells hold the object, comprehensions borrow it only while they run.
import sys

payload = {"name": "payload"}
print("start", sys.getrefcount(payload))

def make_closure(obj):
    def inner():
        return obj
    return inner

c1 = make_closure(payload)
print("one closure", sys.getrefcount(payload))
c2 = make_closure(payload)
print("two closures", sys.getrefcount(payload))
print("cell contents is payload", c1.__closure__[0].cell_contents is payload)
del c1
print("one closure again", sys.getrefcount(payload))
del c2
print("no closure", sys.getrefcount(payload))

items = [payload for _ in range(5)]
print("list of 5", sys.getrefcount(payload))
counts = [sys.getrefcount(p) for p in items[:1]]
print("inside comprehension", counts)
total = sum(1 for p in items if p is payload)
print("generator counted", total, sys.getrefcount(payload))
items = None
print("list dropped", sys.getrefcount(payload))

gen = (p for p in [payload])
print("generator not started", sys.getrefcount(payload))
first = next(gen)
print("generator yielded", sys.getrefcount(payload))
del first
print("yield consumed", sys.getrefcount(payload))
del gen
print("generator dropped", sys.getrefcount(payload))

d = {k: payload for k in "abc"}
print("dict comprehension", sys.getrefcount(payload))
s = {id(payload) for _ in range(3)}
print("set comprehension ids", len(s), sys.getrefcount(payload))
d.clear()
print("end", sys.getrefcount(payload))

counter = 0
def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc, count

inc, cell_list = make_counter()
print("counter list refs", sys.getrefcount(cell_list))
inc(); inc()
print("counted", cell_list[0])
del inc
print("after closure deleted", sys.getrefcount(cell_list))
