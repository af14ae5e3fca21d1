# getsizeof of the collections module's containers next to the built-ins they wrap,
# as they fill: deque blocks, defaultdict, Counter, OrderedDict, ChainMap.
import sys
from collections import deque, defaultdict, Counter, OrderedDict, ChainMap

def row(label, obj):
    print(f"{label:24} {sys.getsizeof(obj)}")

for n in (0, 1, 16, 64, 65, 200):
    row(f"deque of {n}", deque(range(n)))
for n in (0, 5, 6, 11):
    row(f"dict of {n}", dict.fromkeys(range(n)))
    row(f"defaultdict of {n}", defaultdict(list, dict.fromkeys(range(n))))
    row(f"OrderedDict of {n}", OrderedDict.fromkeys(range(n)))
    row(f"Counter of {n}", Counter(dict.fromkeys(range(n), 1)))
row("ChainMap of two", ChainMap({}, {}))
d = deque(maxlen=3)
for i in range(10):
    d.append(i)
row("deque maxlen 3 after 10", d)
print(list(d), d.maxlen)
dd = defaultdict(list)
for word in "a b a c b a".split():
    dd[word].append(1)
print(sorted((k, len(v)) for k, v in dd.items()))
row("defaultdict after", dd)
c = Counter("mississippi")
print(c.most_common(2), sys.getsizeof(c) == sys.getsizeof(dict(c)))
od = OrderedDict()
for i in range(10):
    od[i] = i
for i in range(5):
    od.popitem(last=False)
row("OrderedDict after pops", od)
print(list(od))
dq = deque(range(100))
for _ in range(90):
    dq.popleft()
row("deque after 90 poplefts", dq)
dq.rotate(3)
print(list(dq))
