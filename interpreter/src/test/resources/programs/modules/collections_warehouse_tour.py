# A warehouse model on collections: Counter arithmetic and most_common, ChainMap for layered settings, deque as a rolling window with maxlen and rotate, defaultdict of sets, OrderedDict as an LRU, namedtuple _make/_replace/_asdict, UserDict validation.
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, defaultdict, deque, namedtuple

stock = Counter(apples=10, pears=4, plums=0)
orders = Counter({"apples": 3, "pears": 6, "kiwis": 1})
print(stock - orders, orders - stock, stock + orders, stock & orders, stock | orders)
left = stock.copy(); left.subtract(orders); print(left, +left, -left)
print(sorted(stock.elements()), stock.total(), (stock + orders).most_common(2), stock["missing"])
words = Counter("the quick brown fox jumps over the lazy dog the end".split())
print(words.most_common(3), words.most_common()[-1], len(words))
print(Counter("abracadabra") == Counter("aabracadabr"), Counter(a=1) <= Counter(a=2, b=1))

defaults = {"color": "blue", "size": "M", "qty": 1}
user = {"size": "L"}
cli = {"qty": 3}
settings = ChainMap(cli, user, defaults)
print(settings["color"], settings["size"], settings["qty"], len(settings), sorted(settings))
child = settings.new_child({"color": "red"})
child["extra"] = True
print(child["color"], settings["color"], child.maps[0], child.parents["color"])
del child["color"]
print(child["color"])
try:
    del child["size"]
except KeyError as e:
    print("KeyError:", e)

window = deque(maxlen=3)
for reading in [5, 7, 9, 11, 13]:
    window.append(reading)
    print(list(window), sum(window) / len(window))
d = deque("abcdef")
d.rotate(2); print(d); d.rotate(-3); print(d)
d.appendleft("z"); d.extendleft("xy"); print(d, d.popleft(), d.pop(), d.index("c"), d.count("a"))
d.remove("z"); d.insert(1, "I"); print(d, d[2], d.maxlen)
try:
    deque(maxlen=1).insert(0, 1) or deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError:", e)

locations = defaultdict(set)
for item, shelf in [("apple", "A1"), ("pear", "A1"), ("apple", "B3"), ("plum", "C2")]:
    locations[item].add(shelf)
print({k: sorted(v) for k, v in locations.items()}, locations["none"], len(locations))
nested = defaultdict(lambda: defaultdict(int))
nested["north"]["apples"] += 5; nested["south"]["pears"] += 1
print({k: dict(v) for k, v in nested.items()}, repr(defaultdict(list))[:30])

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__(); self.cap = cap
    def get(self, key):
        if key in self:
            self.move_to_end(key)
            return self[key]
    def put(self, key, value):
        self[key] = value; self.move_to_end(key)
        if len(self) > self.cap:
            print("evict", self.popitem(last=False))
lru = LRU(2)
lru.put("a", 1); lru.put("b", 2); lru.get("a"); lru.put("c", 3)
print(list(lru.items()), lru)

Item = namedtuple("Item", ["sku", "name", "qty"], defaults=[0])
i = Item._make(["A1", "apple"]); print(i, i._replace(qty=4), i._asdict(), Item._fields, Item._field_defaults)
print(Item("B", "pear", 2) > Item("A", "zzz", 9), i.qty, i[1], len(i))
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["ok", "def"])
except ValueError as e:
    print("ValueError:", e)

class Prices(UserDict):
    def __setitem__(self, key, value):
        if value < 0:
            raise ValueError(f"negative price for {key}")
        super().__setitem__(key.lower(), value)
p = Prices({"Apple": 1.5}); p["PEAR"] = 2
print(p, "apple" in p, p.data)
try:
    p.update(plum=-1)
except ValueError as e:
    print("ValueError:", e)
class Stack(UserList):
    def push(self, x): self.append(x)
s = Stack([1]); s.push(2); print(s, s + [3], type(s + [3]).__name__, s[::-1], type(s[::-1]).__name__)
