# gc.get_referrers of one object held by many containers: which holders appear (the module's
# dict, lists, tuples, instances' dicts once materialized, sets, frames of generators) and that
# untracked holders (a dict of atoms, a tuple untracked by a collection) do not.
import gc


class Box:
    def __init__(self, item):
        self.item = item


target = "needle-" + str(42)
holders = {
    "list": [target],
    "tuple": (target, 1),
    "dict value": {"k": target},
    "dict key": {target: 1},
    "set": {target},
    "box": Box(target),
}


def g(x):
    yield x


gen = g(target)
next(gen)
found = gc.get_referrers(target)
kinds = sorted(type(r).__name__ for r in found)
print("referrer kinds:", kinds)
print("module dict among them:", any(r is globals() for r in found))
print("generator frame among them:", any(type(r).__name__ == "frame" for r in found))
gc.collect()
found = gc.get_referrers(target)
print("after collect:", sorted(type(r).__name__ for r in found))
print("dict of atoms tracked:", gc.is_tracked(holders["dict value"]), gc.is_tracked(holders["dict key"]))
print("tuple tracked:", gc.is_tracked(holders["tuple"]))
box_dict = holders["box"].__dict__
print("box dict among referrers now:", any(r is box_dict for r in gc.get_referrers(target)))
