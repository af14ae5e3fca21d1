# Word counting three ways and what each structure costs: dict, Counter, defaultdict(int).
import sys
from collections import Counter, defaultdict

text = ("the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs " * 5).split()

plain = {}
for w in text:
    plain[w] = plain.get(w, 0) + 1
c = Counter(text)
dd = defaultdict(int)
for w in text:
    dd[w] += 1
print("distinct", len(plain), plain == c == dd)
print("dict", sys.getsizeof(plain), "Counter", sys.getsizeof(c), "defaultdict", sys.getsizeof(dd))
print("most common", c.most_common(3))
empties = [sys.getsizeof(t()) for t in (dict, Counter, lambda: defaultdict(int))]
print("empty sizes", empties)
growth = []
d = defaultdict(list)
last = sys.getsizeof(d)
for i, w in enumerate(text):
    d[w].append(i)
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        growth.append((len(d), last))
print("defaultdict(list) growth", growth)
print("posting list sizes", sorted({sys.getsizeof(v) for v in d.values()}))
total = c.total()
print("total", total, sys.getsizeof(total))
c2 = c - Counter({"the": 100})
print("subtract drops", "the" in c2, sys.getsizeof(c2) <= sys.getsizeof(c))
