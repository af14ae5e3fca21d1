# collections: ChainMap scopes, Counter arithmetic, OrderedDict.move_to_end, deque rotate/maxlen, namedtuple.
from collections import ChainMap, Counter, OrderedDict, deque, namedtuple, defaultdict, UserDict

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg), cfg.maps[1])
child = cfg.new_child({"color": "blue"})
child["extra"] = 1
print(child["color"], cfg["color"], child.maps[0], child.parents["color"], "extra" in cfg)
del child["color"]
print(child["color"])
try:
    del child["user"]
except KeyError as e:
    print("KeyError:", e)
print(repr(ChainMap({"a": 1}, {"b": 2})), dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
a = Counter("abracadabra")
b = Counter("alakazam")
print(a, b)
print(a + b, a - b, a & b, a | b, +Counter(x=-1, y=2), -Counter(x=-1, y=2))
a.subtract(b)
print(a, a.total(), sorted(a.elements())[:6])
print(Counter(a=3) < Counter(a=4), Counter(a=1) == Counter(a=1, b=0), Counter({"x": 2}).most_common(5))
c = Counter(cats=4, dogs=8)
c.update({"cats": 1}, fish=2)
print(c, c["bird"], "bird" in c)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
d = deque(range(10), maxlen=5)
print(d, d.maxlen)
d.append(10); d.appendleft(-1)
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extend("ab"); print(d, d.count("a"), d.index("a"))
d2 = deque([1, 2, 3]); d2.extendleft([4, 5]); print(d2, d2.pop(), d2.popleft(), d2[1], d2[-1])
d2.insert(1, "x"); d2.remove(2); print(d2, list(reversed(d2)))
Point = namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults, Point._make([7, 8, 9]))
print(p.x + p.y, p[2], *p, p == (1, 2, 0), Point.__doc__, Point.x.__doc__)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["ok", "def"])
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", "a a_ _b", rename=True)
print(R._fields)
dd = defaultdict(lambda: "n/a", {"a": "x"})
print(dd["a"], dd["b"], dict(dd), repr(defaultdict(list))[:28])
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
u = Lower(A=1)
u["B"] = 2
print(u, u.data, "a" in u, u.get("B"))
