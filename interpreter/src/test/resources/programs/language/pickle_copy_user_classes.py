# Pickling and copying user classes as libraries do: __getstate__/__setstate__ dropping a
# cache, __reduce__ with a factory, __getnewargs__ for an immutable subclass, __copy__ and
# __deepcopy__ with memo, slots classes, protocol 0 through 5 round trips, a class nested in a
# function (AttributeError), lambda attributes (PicklingError), and shared references kept.
import pickle, copy, copyreg

class Connection:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.socket = f"<socket {host}:{port}>"
        self.cache = {"x": 1}
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        state["cache"] = {}
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = f"<reopened {self.host}:{self.port}>"
    def __repr__(self):
        return f"Connection({self.host!r}, {self.port}, {self.socket}, {self.cache})"

c = Connection("db", 5432)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    c2 = pickle.loads(pickle.dumps(c, protocol=proto))
    print(proto, c2)
print(copy.copy(c), copy.deepcopy(c))

def make_color(r, g, b):
    return Color(r, g, b)
class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)
    def __reduce__(self):
        return (make_color, self.rgb)
    def __eq__(self, other):
        return isinstance(other, Color) and self.rgb == other.rgb
    __hash__ = None
print(pickle.loads(pickle.dumps(Color(1, 2, 3))) == Color(1, 2, 3), Color(1, 2, 3).__reduce__()[0].__name__)

class Ticket(int):
    def __new__(cls, number, owner):
        obj = super().__new__(cls, number)
        obj.owner = owner
        return obj
    def __getnewargs__(self):
        return (int(self), self.owner)
t = pickle.loads(pickle.dumps(Ticket(7, "ann"), protocol=2))
print(t, t.owner, type(t).__name__, copy.copy(t).owner)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
s = pickle.loads(pickle.dumps(Slotted(1, [2])))
print(s.a, s.b, copy.deepcopy(Slotted(3, 4)).b, Slotted(1, 2).__reduce_ex__(2)[0].__name__)
p = Slotted(1, 2)
del p.b
print(copy.copy(p).a, hasattr(copy.copy(p), "b"))

class Tree:
    def __init__(self, label, children=()):
        self.label, self.children = label, list(children)
    def __copy__(self):
        print("  __copy__", self.label)
        return Tree(self.label, self.children)
    def __deepcopy__(self, memo):
        print("  __deepcopy__", self.label, id(self) in memo)
        new = Tree(self.label)
        memo[id(self)] = new
        new.children = copy.deepcopy(self.children, memo)
        return new
leaf = Tree("leaf")
root = Tree("root", [leaf, leaf])
sh = copy.copy(root)
print(sh.children[0] is leaf)
dp = copy.deepcopy(root)
print(dp.children[0] is dp.children[1], dp.children[0] is leaf)

shared = [1, 2]
data = {"a": shared, "b": shared, "self": None}
data["self"] = data
back = pickle.loads(pickle.dumps(data))
print(back["a"] is back["b"], back["self"] is back, back["a"])

def factory():
    class Local:
        pass
    return Local()
for obj in (factory(), lambda x: x, (i for i in range(2))):
    try:
        pickle.dumps(obj)
    except (AttributeError, pickle.PicklingError, TypeError) as e:
        print(type(e).__name__, str(e).replace(hex(id(obj)), "0x..."))

class Unpicklable:
    def __reduce__(self):
        raise TypeError("cannot pickle Unpicklable objects")
try:
    pickle.dumps([1, Unpicklable()])
except TypeError as e:
    print("TypeError:", e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))
copyreg.pickle(Point, reduce_point)
q = pickle.loads(pickle.dumps(Point(1, 2)))
print(q.x, q.y, copy.copy(Point(3, 4)).x)
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
print(pickle.loads(pickle.dumps(frozenset({1, 2}))), pickle.loads(pickle.dumps((1, [2], {"k": b"v"}), 0)), pickle.loads(pickle.dumps(NotImplemented)) is NotImplemented)
