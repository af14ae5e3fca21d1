# id() reuse: a freed object's address handed to the next object of the same size class.
ids_same = 0
for _ in range(20):
    a = id(object())
    b = id(object())
    ids_same += a == b
print("object() temporaries share an id:", ids_same == 20)

x = [1, 2, 3]
old = id(x)
del x
y = [4, 5, 6]
print("list freed then list made:", id(y) == old)

class Node:
    pass

n = Node()
nid = id(n)
del n
m = Node()
print("instance reuse:", id(m) == nid)

f = 1.5
fid = id(f)
del f
g = float("2.5")
print("float free list reuse:", id(g) == fid)

t = tuple([1, 2])
tid = id(t)
del t
u = tuple([3, 4])
print("tuple of same length reuse:", id(u) == tid)
del u
v = tuple([3, 4, 5])
print("tuple of other length:", id(v) == tid)

d = {"a": 1}
did = id(d)
del d
e = {}
print("dict free list:", id(e) == did)

seen = set()
for i in range(100):
    seen.add(id([i]))
print("distinct ids among 100 temporary lists:", len(seen))
keep = []
seen2 = set()
for i in range(100):
    item = [i]
    keep.append(item)
    seen2.add(id(item))
print("distinct ids among 100 kept lists:", len(seen2))
print("id(x) == id(x):", id(keep[0]) == id(keep[0]))
print("[] is []:", [] is [], "id([]) == id([]):", id([]) == id([]))
