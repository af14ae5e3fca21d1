# set and frozenset sizes: literals, set(), comprehension, growth by add, update, and discard.
import sys

print("set()", sys.getsizeof(set()), "frozenset()", sys.getsizeof(frozenset()))
for n in (1, 4, 5, 8, 18, 19, 50, 77, 78, 100, 1000):
    s1 = set(range(n))
    s2 = {i for i in range(n)}
    f = frozenset(range(n))
    print(n, sys.getsizeof(s1), sys.getsizeof(s2), sys.getsizeof(f))
s = set()
prev = sys.getsizeof(s)
for i in range(200):
    s.add(i)
    now = sys.getsizeof(s)
    if now != prev:
        print("grew at", len(s), now)
        prev = now
for i in range(190):
    s.discard(i)
print("after discards", len(s), sys.getsizeof(s))
s2 = s.copy()
print("copy", sys.getsizeof(s2))
u = set()
u.update(range(30))
print("update 30", sys.getsizeof(u))
print("union", sys.getsizeof({1, 2} | {3, 4, 5, 6, 7}))
print("strings", sys.getsizeof(set("abcdefghij")), sys.getsizeof(set("hello")))
print("literal", sys.getsizeof({1, 2, 3}), sys.getsizeof({1, 2, 3, 4, 5, 6}))
