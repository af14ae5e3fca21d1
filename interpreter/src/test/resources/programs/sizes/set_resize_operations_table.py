# set and frozenset table sizes: set.add one at a time, set(iterable),
# comprehension, the results of |, &, -, ^ and copy(), frozenset of a
# frozenset, and what discard and clear leave.
import sys

s = set()
steps = [(0, sys.getsizeof(s))]
for i in range(200):
    s.add(i)
    if sys.getsizeof(s) != steps[-1][1]:
        steps.append((len(s), sys.getsizeof(s)))
print("add:", steps)
print("set(range(n)):", [(n, sys.getsizeof(set(range(n)))) for n in (0, 4, 5, 18, 19, 77, 78, 200)])
print("comprehension:", [(n, sys.getsizeof({i for i in range(n)})) for n in (4, 5, 18, 19, 77, 78)])
print("frozenset(range(n)):", [(n, sys.getsizeof(frozenset(range(n)))) for n in (4, 5, 19, 78)])
a = set(range(100))
b = set(range(50, 150))
print("a|b", len(a | b), sys.getsizeof(a | b))
print("a&b", len(a & b), sys.getsizeof(a & b))
print("a-b", len(a - b), sys.getsizeof(a - b))
print("a^b", len(a ^ b), sys.getsizeof(a ^ b))
print("a.copy()", sys.getsizeof(a.copy()), "set(a)", sys.getsizeof(set(a)))
print("a.union()", sys.getsizeof(a.union()), "a.intersection(range(10))", sys.getsizeof(a.intersection(range(10))))
for i in range(95):
    a.discard(i)
print("after 95 discards:", len(a), sys.getsizeof(a), "copy:", sys.getsizeof(a.copy()))
a.clear()
print("clear:", sys.getsizeof(a))
c = set("abcdefghij")
print("str chars:", sys.getsizeof(c), "dupes:", sys.getsizeof(set("a" * 1000)))
d = set()
d |= set(range(40))
print("|= 40:", sys.getsizeof(d))
d.update(range(40, 80))
print("update +40:", sys.getsizeof(d))
d -= set(range(70))
print("-= 70:", len(d), sys.getsizeof(d))
d &= {75, 76}
print("&=:", len(d), sys.getsizeof(d))
