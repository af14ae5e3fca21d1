# From CPython's gc tests: get_referents of lists, tuples and dicts gives their items (keys and
# values for a dict), of several containers at once all of them, of atoms nothing.
import gc

alist = [1, 3, 5]
print(sorted(gc.get_referents(alist)))
print(sorted(gc.get_referents(tuple(alist))))
print(sorted(gc.get_referents({1: 3, 5: 7})))
print(sorted(gc.get_referents([1, 2], {3: 4}, (0, 0, 0))))
print(gc.get_referents(1, 'a', 4j))
print(gc.get_referents())
s = {10, 20}
print(sorted(gc.get_referents(s)))
fs = frozenset([30, 40])
print(sorted(gc.get_referents(fs)))
