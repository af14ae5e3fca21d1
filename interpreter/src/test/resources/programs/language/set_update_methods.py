# The named set methods take any iterables (several for union, intersection, difference and
# update); the _update forms change the set in place and return None.
s = set([1, 2, 3, 4])
print(sorted(s.union([5], (6,), "")), sorted(s.intersection([2, 3, 9], (3, 2))), sorted(s.difference([1], (2,))))
print(sorted(s.symmetric_difference([4, 5])), s.isdisjoint([7, 8]), s.isdisjoint((4,)))
print(s.issubset(range(10)), s.issuperset([1, 2]), s.issuperset([0]), frozenset([1]).issubset(s))
print(s.update([10], [11]), sorted(s))
print(s.difference_update([10, 11], (1,)), sorted(s))
print(s.intersection_update([2, 3, 4, 5], (3, 4)), sorted(s))
print(s.symmetric_difference_update([4, 6]), sorted(s))
c = s.copy()
c.add(99)
print(sorted(s), sorted(c), s.intersection() is s, len(s.intersection()))
fs = frozenset([1, 2])
print(fs.copy() is fs, type(fs.union([3])).__name__, hash(fs) == hash(frozenset([2, 1])))
e = set()
try:
    e.pop()
except KeyError as err:
    print("KeyError:", err)
