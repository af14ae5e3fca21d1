# id() as an address: reuse after free, ids of temporaries in one expression,
# ids compared across list growth, and why storing ids is not storing objects.
class Box:
    def __init__(self, v):
        self.v = v

a = Box(1)
ida = id(a)
del a
b = Box(2)
print("freed slot reused by same-size object:", id(b) == ida)
print("temporaries in one expression:", id(Box(3)) == id(Box(4)))
print("two live objects differ:", id(Box(5)) != id(b))

seen_ids = set()
for i in range(5):
    seen_ids.add(id(Box(i)))
print("distinct ids of dropped boxes:", len(seen_ids))
keep = [Box(i) for i in range(5)]
print("distinct ids of kept boxes:", len({id(x) for x in keep}))

lst = [1, 2, 3]
before = id(lst)
lst.extend(range(1000))
print("list id stable after growth:", id(lst) == before)

s = "abc"
s2 = s + "d"
print("str concat gives new object:", id(s2) != id(s))
x = 10 ** 20
y = x + 0
print("int + 0 new object:", x is y, id(x) == id(y))
z = x * 1
print("int * 1:", z is x)
t = ()
print("empty tuple shared:", t is tuple(), () is tuple([]))
f = 1.5
g = float(f)
print("float(float) is same:", g is f)
print("int(int) is same:", int(x) is x, str(s) is s)
print("tuple(tuple) is same:", tuple(keep) is tuple(keep), tuple(t) is t)
k = (1, 2)
print("tuple(k) is k:", tuple(k) is k, k[:] is k, list(k) is k)
fs = frozenset({1})
print("frozenset(fs) is fs:", frozenset(fs) is fs)
print("bytes(b) is b:", bytes(b"ab") is b"ab")
