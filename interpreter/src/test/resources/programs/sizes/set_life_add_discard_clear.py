# A set's sys.getsizeof over its life, as setobject.c decides it: the 8-entry small table inside
# the object (216 bytes) until the fill reaches 3/5 of the mask, growth by used*4 (used*2 past
# 50,000), discard leaving dummies that count towards the fill (so add/discard churn triggers a
# rebuild at the same size), clear() back to the small table, copies sized by their own length,
# frozenset of the same items, set(range) and set(list) against set comprehensions; `-=` resizing
# the table away once more than a quarter of it is dummies.
import sys


def size(s):
    return sys.getsizeof(s)


s = set()
print("empty:", size(s))
steps = []
last = size(s)
for i in range(200):
    s.add(i)
    if size(s) != last:
        last = size(s)
        steps.append((len(s), last))
print("add steps:", steps)

full = size(s)
for i in range(195):
    s.discard(i)
print("discard to 5:", len(s), size(s) == full)
s.discard(-1)
print("discard of a missing item:", len(s), size(s) == full)
print("copy():", size(s.copy()), "set(s):", size(set(s)), "frozenset(s):", size(frozenset(s)))
s.clear()
print("clear():", size(s))

# churn: each discard leaves a dummy; adds of new items fill the table until it is rebuilt
churn = {0, 1, 2, 3}
sizes_seen = [size(churn)]
for i in range(4, 40):
    churn.discard(i - 4)
    churn.add(i)
    if size(churn) != sizes_seen[-1]:
        sizes_seen.append(size(churn))
print("add/discard churn of 4 items:", len(churn), sizes_seen)

# re-adding the discarded item reuses its dummy slot
r = {1, 2, 3, 4}
before = size(r)
r.discard(2)
r.add(2)
print("discard then add the same:", size(r) == before)

print("set(range(10)):", size(set(range(10))), "{*range(10)}:", size({*range(10)}),
      "comprehension:", size({i for i in range(10)}))
print("set(list of 10):", size(set(list(range(10)))), "set(tuple of 10):", size(set(tuple(range(10)))))
print("frozenset(range(10)):", size(frozenset(range(10))))
print("frozenset():", size(frozenset()), "frozenset(()) is frozenset():", frozenset(()) is frozenset())

a = set(range(20))
b = set(range(10, 30))
print("a | b:", size(a | b), "a & b:", size(a & b), "a - b:", size(a - b), "a ^ b:", size(a ^ b))
a &= b
print("a &= b (a new table swapped in):", len(a), size(a))
a -= b
print("a -= b:", len(a), size(a))
a |= set(range(100))
print("a |= 100 items:", len(a), size(a))
print("pop from it:", a.pop() in range(100), size(a))
