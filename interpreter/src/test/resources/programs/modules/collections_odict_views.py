# OrderedDict's keys(), values() and items() are odict_keys/odict_values/odict_items: subtypes of
# the dict views that iterate the OrderedDict's own order, which move_to_end changes and the
# underlying dict's entry order does not show.
from collections import OrderedDict
from collections.abc import ItemsView, KeysView, ValuesView

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a", last=False)
od.move_to_end("b", last=False)
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
for view in (od.keys(), od.values(), od.items()):
    print(type(view).__name__, type(view).__mro__[1].__name__, type(iter(view)).__name__, len(view))
print(isinstance(od.keys(), KeysView), isinstance(od.values(), ValuesView), isinstance(od.items(), ItemsView))
print(isinstance(od.keys(), type({}.keys())), isinstance(od.items(), type({}.items())))
print(sorted(type(od.keys()).__dict__), sorted(type(od.values()).__dict__))
# the set operations and comparisons are the dict views'
print(od.keys() == set("abc"), od.keys() == OrderedDict(c=0, a=0, b=0).keys())
print(sorted(od.keys() & {"a", "z"}), sorted(od.keys() | ["z"]), sorted(od.items() - {("a", 1)}))
print("a" in od.keys(), ("a", 1) in od.items(), ("a", 2) in od.items(), 3 in od.values())
print(od.values() == od.values(), od.keys() != {"a"})
try:
    hash(od.keys())
except TypeError as e:
    print(e)
# a view is live: it sees later changes
keys = od.keys()
od["d"] = 4
od.move_to_end("c", last=False)
print(list(keys), len(keys))
