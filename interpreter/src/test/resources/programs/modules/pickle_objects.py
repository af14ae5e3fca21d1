# pickle of instances (by __reduce_ex__: NEWOBJ and BUILD with the __dict__, __getstate__ and
# __setstate__, __slots__, __reduce__ returning a callable, __getnewargs_ex__), classes and
# functions by reference, and the bytes CPython writes for them.
import pickle

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = [2]

class Stateful:
    def __init__(self):
        self.kept = 1
        self.cache = "dropped"
    def __getstate__(self):
        return {"kept": self.kept}
    def __setstate__(self, state):
        print("  __setstate__", state)
        self.__dict__.update(state, cache="rebuilt")

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n * 10,))

class WithNewArgs:
    def __new__(cls, *args, **kwargs):
        print("  __new__", args, kwargs)
        return super().__new__(cls)
    def __getnewargs_ex__(self):
        return (1, 2), {"k": 3}

def helper():
    return 42

for proto in range(6):
    print("protocol", proto)
    p = Point(1, "y")
    b = pickle.dumps(p, proto)
    print(" ", b)
    print(" ", pickle.loads(b), pickle.loads(b) == p)
    b = pickle.dumps(Slotted(), proto) if proto >= 2 else None
    if b:
        s = pickle.loads(b)
        print(" ", b, s.a, s.b)
    b = pickle.dumps(Stateful(), proto)
    print(" ", b)
    print(" ", vars(pickle.loads(b)))
    b = pickle.dumps(Reduced(4), proto)
    print(" ", b, pickle.loads(b).n)
    for refs in ([Point, helper, len], [int, type(None), dict]):
        b = pickle.dumps(refs, proto)
        print(" ", b)
        print(" ", pickle.loads(b) == refs)
for proto in (4, 5):
    b = pickle.dumps(WithNewArgs(), proto)
    print(proto, b)
    print(type(pickle.loads(b)).__name__)
