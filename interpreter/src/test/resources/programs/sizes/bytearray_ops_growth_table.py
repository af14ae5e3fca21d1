# bytearray's allocation (__alloc__) under each way of growing it: += of
# small chunks, append, extend with a generator, slice assignment, insert,
# * and *=, and the shrink steps of del and pop.
import sys

def state(b):
    return (len(b), b.__alloc__(), sys.getsizeof(b))

b = bytearray()
steps = []
for i in range(40):
    b += b"x"
    st = state(b)
    if not steps or steps[-1][1] != st[1]:
        steps.append(st)
print("+= one byte:", steps)

b = bytearray()
steps = []
for i in range(40):
    b.append(1)
    st = state(b)
    if not steps or steps[-1][1] != st[1]:
        steps.append(st)
print("append:", steps)

b = bytearray()
b.extend(x for x in range(100))
print("extend(generator of 100):", state(b))
b = bytearray()
b.extend(range(100))
print("extend(range(100)):", state(b))
b = bytearray()
b.extend(bytes(100))
print("extend(bytes(100)):", state(b))
b = bytearray(10)
b[5:5] = bytes(20)
print("slice insert 20:", state(b))
b.insert(0, 7)
print("insert:", state(b))
print("bytearray(10) * 3:", state(bytearray(10) * 3))
c = bytearray(10)
c *= 3
print("*= 3:", state(c))
d = bytearray(200)
shrink = []
while d:
    del d[-10:]
    st = state(d)
    if not shrink or shrink[-1][1] != st[1]:
        shrink.append(st)
print("del 10 at a time:", shrink)
e = bytearray(100)
del e[:90]
print("del front 90:", state(e))
f = bytearray(b"abc")
print("from bytes:", state(f), "copy():", state(f.copy()), "slice:", state(f[:]))
g = bytearray(b"a" * 64)
g.clear()
print("clear:", state(g))
print("fromhex:", state(bytearray.fromhex("00" * 33)))
print("join:", state(bytearray(b",").join([b"ab"] * 10)))
