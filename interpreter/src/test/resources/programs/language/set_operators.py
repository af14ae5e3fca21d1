# The set operators between sets and frozensets: the result has the left operand's type; the
# in-place forms change a set where it is and turn a frozenset name into a new frozenset.
a = set([1, 2, 3, 4])
b = frozenset([3, 4, 5])
for r in (a | b, a & b, a - b, a ^ b, b | a, b - a):
    print(type(r).__name__, sorted(r))
print(a <= a | b, a < a, b >= frozenset([3]), a == set(a), set([3, 4, 5]) == b, a != b)
s = set([1, 2, 3])
t = s
s |= set([9])
s &= set([1, 2, 9])
s -= set([1])
s ^= set([2, 7])
print(s is t, sorted(s))
f = frozenset([1])
g = f
f |= set([2])
print(f is g, type(f).__name__, sorted(f), sorted(g))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
