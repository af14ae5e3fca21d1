# id() reuse quiz: which freed objects' addresses come back for the next object of the same kind.
def quiz(label, make):
    a = make()
    ia = id(a)
    del a
    b = make()
    print(label, id(b) == ia)

quiz("list", lambda: [1, 2])
quiz("dict", lambda: {"a": 1})
quiz("float", lambda: float("1.5"))
quiz("tuple3", lambda: tuple([1, 2, 3]))
quiz("object", object)

class P:
    pass
quiz("instance", P)
print("temporaries:", id([]) == id([]), id({}) == id({}))
print("id of expression result in same line:", id(P()) == id(P()))
x = [0]
y = [0]
print("two live lists differ", id(x) != id(y))
ids = set()
for i in range(5):
    ids.add(id([i]))
print("loop temporaries distinct ids:", len(ids))
keep = []
ids = set()
for i in range(5):
    l = [i]
    keep.append(l)
    ids.add(id(l))
print("kept lists distinct ids:", len(ids))
t = (1, 2)
print("tuple literal reused", id((1, 2)) == id(t))
