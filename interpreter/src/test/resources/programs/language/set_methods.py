# set operations.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, {1} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
a.add(10)
a.discard(1)
a.remove(2)
print(sorted(a), a.pop() in {3, 4, 10}, len(a))
fs = frozenset([1, 2, 2, 3])
print(fs, len(fs), fs | {4}, type(fs | {4}).__name__, hash(fs) == hash(frozenset([3, 2, 1])))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(set("hello") == {"h", "e", "l", "o"}, sorted(set([3, 1, 3, 2])))
