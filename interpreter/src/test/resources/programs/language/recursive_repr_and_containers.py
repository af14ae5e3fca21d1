# reprs of recursive containers, user reprs with reprlib.recursive_repr, and deep nesting reprs
import reprlib
from collections import OrderedDict, deque, defaultdict, UserList, UserDict

lst = [1, 2]
lst.append(lst)
print(lst, repr(lst), str(lst))
d = {"self": None}
d["self"] = d
print(d)
both = [d, lst]
print(both)
od = OrderedDict(a=1)
od["me"] = od
print(od)
dq = deque([1])
dq.append(dq)
print(dq)
dd = defaultdict(list)
dd["x"].append(dd)
print(dd)
ul = UserList([1])
ul.append(ul)
print(ul)
s = set()
t = (s, [s])
print(t)

class Tree:
    def __init__(self, v):
        self.v = v
        self.kids = []
        self.parent = None
    def add(self, k):
        k.parent = self
        self.kids.append(k)
        return k
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.v}, parent={self.parent!r}, kids={self.kids!r})"
root = Tree(1)
child = root.add(Tree(2))
print(root)
print(child)

class Naive:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"Naive({self.me!r})"
try:
    repr(Naive())
except RecursionError as e:
    print("RecursionError:", e)

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr(list(range(10))), r.repr("x" * 50), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(20))))
nested = []
cur = nested
for _ in range(5):
    cur.append([])
    cur = cur[0]
print(nested, reprlib.repr(nested))
a = [1]
b = [a, a]
print(b, [b] * 2)
print(repr([[]] * 3), repr({1: [1, {2: (3,)}]}), repr(frozenset()), repr(set()), repr(()), repr((1,)))
