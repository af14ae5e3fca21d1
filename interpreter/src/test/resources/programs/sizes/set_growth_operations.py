# sys.getsizeof growth of sets and frozensets
import sys
s = set()
seen = []
for i in range(100):
    s.add(i)
    z = sys.getsizeof(s)
    if not seen or seen[-1][1] != z:
        seen.append((i + 1, z))
print(seen)
for i in range(90):
    s.discard(i)
print(sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(frozenset(range(5))), sys.getsizeof(set(range(10))))
print(sys.getsizeof({i for i in range(20)}), sys.getsizeof(frozenset()), sys.getsizeof(set()))
print(sys.getsizeof({1, 2} | {3}), sys.getsizeof(set("abcdefgh")))
