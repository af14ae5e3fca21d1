# "Python reuses memory addresses": id() after del.
class Node:
    def __init__(self, value):
        self.value = value

a = Node(1)
old_id = id(a)
del a
b = Node(2)
print("new object got the old id:", id(b) == old_id)

ids = set()
for i in range(10):
    ids.add(id(Node(i)))
print("distinct ids for 10 temporaries:", len(ids))

print("id([]) == id([]):", id([]) == id([]))
print("[] is []:", [] is [])
x = [1, 2]
y = [1, 2]
print("x == y:", x == y, "x is y:", x is y)

f1 = 1.5 + float(len("ab"))
fid = id(f1)
del f1
f2 = 2.5 + float(len("abc"))
print("float id reused:", id(f2) == fid)

saved = []
for i in range(5):
    obj = object()
    saved.append(id(obj))
print("object() in a loop reuses:", len(set(saved)))
keep = [object() for i in range(5)]
print("kept objects distinct:", len(set(map(id, keep))))
t = (1, 2, 3)
tid = id(t)
print("id is stable:", id(t) == tid)
