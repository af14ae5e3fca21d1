# collections: Counter (most_common, arithmetic, update), defaultdict (list, int, nested),
# namedtuple (fields, _replace, _asdict, defaults, unpacking), deque (rotate, maxlen, appendleft),
# OrderedDict (move_to_end, popitem), ChainMap.
from collections import Counter, defaultdict, namedtuple, deque, OrderedDict, ChainMap

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["missing"], len(c), sum(c.values()))
print(Counter("abracadabra"), Counter("abracadabra").most_common()[-1])
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=1)
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3, -c3, +Counter(a=-1, b=2))
c2.update("aab")
c2.subtract({"b": 5})
print(c2, list(c2.elements()), c2.total())
print(sorted(Counter({"x": 2, "y": 2, "z": 1}).items(), key=lambda kv: (-kv[1], kv[0])))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups), groups.default_factory)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts["zz"], "zz" in counts)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"].keys()))
try:
    defaultdict()["k"]
except KeyError as e:
    print("KeyError:", e)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._replace(x=9), p._asdict(), Point._make([5, 6]), tuple(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
Employee = namedtuple("Employee", "name dept salary", defaults=[1000])
print(Employee("ann", "it"), Employee._field_defaults, Employee("bob", "hr", 5)._asdict())
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["def", "x"])
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", "a, b", rename=False)(1, 2), namedtuple("R", ["a", "a"], rename=True)._fields)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d.rotate(2)
print(d, d.popleft(), d.pop(), d, d[0], d[-1], len(d))
d.rotate(-1)
d.extendleft([8, 9])
print(d, d.count(2), d.index(d[1]), list(reversed(d)))
last = deque(maxlen=3)
for i in range(6):
    last.append(i)
print(last, last.maxlen)
od = OrderedDict.fromkeys("abcd")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"a": 0})["a"], cm.parents)
