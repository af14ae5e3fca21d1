# The collections module in everyday code: Counter arithmetic (+, -, &, |, unary +/-),
# most_common, total, subtract with negatives, update from a mapping; deque with maxlen as a
# sliding window, rotate, appendleft/extendleft order; ChainMap for scoped settings (new_child,
# parents, writes to the first map, KeyError on delete); namedtuple _replace/_make/_asdict/
# _fields and defaults; defaultdict trees and its repr; OrderedDict ordering-aware equality.
from collections import Counter, deque, ChainMap, namedtuple, defaultdict, OrderedDict

inv = Counter(apples=5, pears=2, kiwis=0)
sold = Counter({"apples": 3, "pears": 4, "plums": 1})
print(inv + sold, inv - sold, inv & sold, inv | sold, +inv, -Counter(a=-2, b=3))
left = inv.copy()
left.subtract(sold)
print(left, left.total(), sorted(left.elements()), left.most_common(2), Counter("abracadabra").most_common(3))
left.update({"apples": 10})
print(left["apples"], left["missing"], "missing" in left, Counter("aab") == Counter("aba"), Counter(a=1) < Counter(a=2, b=1))

window = deque(maxlen=3)
averages = []
for x in [10, 20, 30, 40, 50]:
    window.append(x)
    averages.append(sum(window) / len(window))
print(window, averages, window.maxlen)
d = deque("abcde")
d.rotate(2)
print(d, end=" ")
d.rotate(-3)
print(d)
d.appendleft("z")
d.extendleft("xy")
print(d, d.popleft(), d.pop(), d.index("c"), d.count("z"), list(reversed(d)))
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)

defaults = {"theme": "light", "lang": "en", "debug": False}
user = {"theme": "dark"}
cm = ChainMap(user, defaults)
print(cm["theme"], cm["lang"], len(cm), sorted(cm), cm.maps[0] is user)
session = cm.new_child({"debug": True})
session["lang"] = "fr"
print(session["debug"], session["lang"], cm["lang"], session.parents["debug"], dict(session))
try:
    del cm["lang"]
except KeyError as e:
    print("KeyError:", e)
print(repr(ChainMap({1: 2}, {}))[:30])

Point = namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._replace(z=9), Point._make([4, 5, 6]), p._asdict(), Point._fields, Point._field_defaults, p.x + p.y)
x, y, z = p
print(x, y, z, p == (1, 2, 0), isinstance(p, tuple), Point.__doc__)
try:
    p._replace(w=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

tree = lambda: defaultdict(tree)
config = tree()
config["db"]["primary"]["host"] = "x"
config["db"]["replica"]["port"] = 5
def plain(t):
    return {k: plain(v) for k, v in t.items()} if isinstance(t, defaultdict) else t
print(plain(config))
words = defaultdict(list)
for w in "apple bat avocado bear cat".split():
    words[w[0]].append(w)
print(words, dict(words), words.default_factory.__name__)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()), counts.get("zz"), "zz" in counts)

a = OrderedDict(one=1, two=2)
b = OrderedDict(two=2, one=1)
print(a == b, dict(a) == dict(b), a == dict(b), a)
a.move_to_end("one")
print(list(a), a.popitem(last=False), a)
