# Who refers to my object? gc.get_referrers and gc.get_referents in practice.
# collectors: generational
import gc

class Leaky:
    registry = []

    def __init__(self, name):
        self.name = name
        Leaky.registry.append(self)

obj = Leaky("one")
referrers = gc.get_referrers(obj)
print("number of referrers:", len(referrers))
for r in referrers:
    if r is Leaky.registry:
        print("- the registry list")
    elif isinstance(r, dict) and r.get("obj") is obj:
        print("- the module globals")
    else:
        print("- something else:", type(r).__name__)

print("referents of the instance:", [type(x).__name__ for x in gc.get_referents(obj)])
print("referents of its __dict__:", sorted(map(str, gc.get_referents(obj.__dict__))))
print("referents of a list:", gc.get_referents([1, "two", 3.0]))
print("referents of a tuple:", gc.get_referents((1, (2,))))
print("referents of a dict:", sorted(map(repr, gc.get_referents({"a": 1, "b": [2]}))))
print("referents of an int:", gc.get_referents(5))
print("referents of two objects:", len(gc.get_referents([1], [2, 3])))

def make_closure():
    value = [42]
    def inner():
        return value
    return inner

f = make_closure()
cell = f.__closure__[0]
print("closure cell referents:", gc.get_referents(cell))
print("cell refers back from function:", any(r is f for r in gc.get_referrers(f.__closure__)))

a = [1]
b = [a]
c = {"key": a}
kinds = sorted(type(r).__name__ for r in gc.get_referrers(a))
print("referrers of a by type:", kinds)
