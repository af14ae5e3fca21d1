# Inventory bookkeeping with collections: Counter arithmetic (+ - & | unary, subtract, update,
# total, most_common ties, elements), OrderedDict move_to_end/popitem as an LRU, ChainMap scopes
# (new_child, parents, maps, writes going to the first map), namedtuple _replace/_asdict/_make/
# _fields/defaults, deque rotation and maxlen, defaultdict factories, and their reprs and errors.
from collections import Counter, OrderedDict, ChainMap, namedtuple, deque, defaultdict

stock = Counter(apple=5, pear=2, plum=0, fig=-1)
sold = Counter({"apple": 3, "pear": 4, "kiwi": 1})
print(stock + sold, stock - sold, stock & sold, stock | sold, +stock, -stock)
s2 = stock.copy()
s2.subtract(sold)
print(s2, s2.total(), sorted(s2.elements()), stock.most_common(2), Counter("abracadabra").most_common())
s2.update("apple apple".split())
s2.update({"pear": 10})
print(s2, s2["missing"], "missing" in s2, Counter("aab") == Counter("aba"), Counter(a=1) <= Counter(a=2, b=1))
print(repr(Counter()), Counter(a=0) == Counter(), dict(Counter("hello")), Counter(["x"]) + Counter(["y"]))
print(Counter("mississippi").most_common(3), list(Counter("banana").keys()), Counter(a=3, b=1) >= Counter(a=2))

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get_(self, k):
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        while len(self) > self.cap:
            print("  evict", self.popitem(last=False))
c = LRU(3)
for k in "abcadeb":
    if k in c:
        c.get_(k)
    else:
        c.put(k, k.upper())
print(c, list(reversed(c)))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, od.popitem(), od == OrderedDict([("z", 0), ("y", 0)]), od == {"y": 0, "z": 0})
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
defaults = {"color": "red", "size": "M"}
env = {"size": "L"}
cm = ChainMap({}, env, defaults)
cm["color"] = "blue"
print(cm["size"], cm["color"], cm.maps, len(cm), sorted(cm), cm.parents, cm.new_child({"size": "XL"})["size"])
child = cm.new_child()
child["new"] = 1
print(child, "new" in cm)
try:
    del cm["size"]
except KeyError as e:
    print("KeyError", e)
Item = namedtuple("Item", "sku name qty price", defaults=[0, 1.0])
it = Item("A1", "bolt")
print(it, it._replace(qty=10), it._asdict(), Item._make(["B2", "nut", 3, 0.2]), Item._fields, Item._field_defaults)
print(it.qty, it[1], tuple(it), it == ("A1", "bolt", 0, 1.0), Item.__doc__, Item.qty.__doc__)
try:
    it._replace(colour="x")
except ValueError as e:
    print("ValueError", e)
try:
    Item("only")
except TypeError as e:
    print("TypeError", e)
P = namedtuple("P", ["x", "def", "x"], rename=True)
print(P._fields, P(1, 2, 3))
d = deque(range(6), maxlen=5)
d.rotate(2)
print(d, d.maxlen)
d.appendleft(-1)
d.extend([7, 8])
print(d, d.count(7), d.index(7), d[-1])
d.rotate(-3)
print(d, deque("abc") == deque("abc"), deque([1, 2]) < deque([1, 3]))
groups = defaultdict(list)
for w in "ant bee cat ape bat cow".split():
    groups[w[0]].append(w)
print(groups, dict(groups), groups.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print({k: dict(v) for k, v in nested.items()}, defaultdict(None, a=1))
