# copy and pickle protocols of user classes: __copy__/__deepcopy__ with memo, __reduce__, __getstate__/__setstate__, slots
import copy
import pickle

class Graph:
    def __init__(self, name):
        self.name = name
        self.edges = []
        self.meta = {"owner": self}
    def link(self, other):
        self.edges.append(other)
    def __repr__(self):
        return f"Graph({self.name}, edges={[e.name for e in self.edges]})"

a, b = Graph("a"), Graph("b")
a.link(b); b.link(a)
shallow = copy.copy(a)
deep = copy.deepcopy(a)
print(shallow.edges is a.edges, deep.edges is a.edges, deep.edges[0].edges[0] is deep, deep.meta["owner"] is deep)

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__")
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print("  __deepcopy__, memo has self:", id(self) in memo)
        new = Tracked(copy.deepcopy(self.v, memo))
        memo[id(self)] = new
        return new
t = Tracked([1, [2]])
t2 = copy.copy(t); t3 = copy.deepcopy(t)
print(t2.v is t.v, t3.v is t.v, t3.v[1] is t.v[1])
pair = [t, t]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1])

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self._lock = object()
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = "new lock"
acc = pickle.loads(pickle.dumps(Account("ann", 10)))
print(acc.owner, acc.balance, acc._lock)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
p = Point(1, 2)
try:
    pickle.dumps(p, 1)
except TypeError as e:
    print("protocol 1:", e)
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q == p, q is p, end="; ")
print()
print(copy.copy(p) == p, p.__reduce_ex__(2)[0].__name__)

class Temperature:
    def __init__(self, c):
        self.c = c
    def __reduce__(self):
        return (Temperature, (self.c * 1,), None)
    def __repr__(self):
        return f"T({self.c})"
print(pickle.loads(pickle.dumps([Temperature(5), Temperature(7)])))
data = {"nums": (1, 2.5, 3 + 4j), "set": {1, 2}, "fs": frozenset("ab"), "b": b"xy", "ba": bytearray(b"z"), "none": None, "big": 2 ** 100}
print(pickle.loads(pickle.dumps(data)) == data)
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(": ")[-1])
def local_class():
    class Inner:
        pass
    return Inner()
try:
    pickle.dumps(local_class())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)
print(copy.copy([1, [2]])[1] is copy.copy([1, [2]])[1], copy.deepcopy((1, 2)) is not None, copy.copy((1, [2])))
x = (1, [2]); print(copy.copy(x) is x, copy.deepcopy(x) is x, copy.deepcopy((1, 2)) == (1, 2))
