# pickling and copying user classes: __reduce_ex__ protocols, __getnewargs_ex__, slots with __getstate__, copyreg, recursive structures, deepcopy memo sharing
import pickle, copy, copyreg, re

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __getnewargs_ex__(self):
        return (), {"celsius": self.celsius}
    def __new__(cls, *args, celsius=None, **kw):
        obj = super().__new__(cls)
        print("__new__ got", args, celsius)
        return obj
    def __eq__(self, other):
        return type(other) is Temperature and other.celsius == self.celsius

t = Temperature(21.5)
for proto in (2, 4):
    t2 = pickle.loads(pickle.dumps(t, protocol=proto))
    print(proto, t2 == t, t2.celsius)

class Slotted:
    __slots__ = ("a", "b", "__weakref__")
    def __init__(self, a, b):
        self.a, self.b = a, b
s = pickle.loads(pickle.dumps(Slotted(1, [2])))
print(s.a, s.b, Slotted(1, 2).__reduce_ex__(2)[2])
half = Slotted.__new__(Slotted); half.a = 5
print(copy.copy(half).a, hasattr(copy.copy(half), "b"))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def reduce_point(p):
    print("copyreg reducer")
    return Point, (p.x, p.y)
copyreg.pickle(Point, reduce_point)
p = pickle.loads(pickle.dumps(Point(1, 2)))
print(p.x, p.y, copy.deepcopy(Point(3, 4)).y)

class Node:
    def __init__(self, name):
        self.name, self.children, self.parent = name, [], None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
root = Node("root")
leaf = root.add(Node("a")).add(Node("b"))
clone = pickle.loads(pickle.dumps(root))
b = clone.children[0].children[0]
print(b.name, b.parent.parent is clone, clone is not root)
dc = copy.deepcopy(root)
print(dc.children[0].parent is dc, dc.children[0] is not root.children[0])
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)
memo = {id(shared): shared}
print(copy.deepcopy(pair, memo)[0] is shared)
lst = [1]; lst.append(lst)
back = pickle.loads(pickle.dumps(lst))
print(back[1] is back, repr(back))
class WithState:
    def __init__(self):
        self.data = {"k": 1}
        self.cache = object()
    def __getstate__(self):
        return {"data": self.data}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"
w = pickle.loads(pickle.dumps(WithState()))
print(w.data, w.cache, copy.copy(WithState()).cache)
for bad in (lambda: 0, (x for x in ()), open):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e))[:70])
print(pickle.loads(pickle.dumps({1, frozenset({2})})), pickle.loads(pickle.dumps(range(1, 9, 3))), pickle.loads(pickle.dumps(slice(1, None))))
print(pickle.loads(pickle.dumps(Ellipsis)) is ..., pickle.loads(pickle.dumps(NotImplemented)) is NotImplemented, pickle.loads(pickle.dumps(type(None))))
print(copy.copy([1, [2]])[1] is copy.copy([1, [2]])[1], copy.copy((1, 2)) == (1, 2))
