# Wrapping built-in containers as a settings layer does: UserDict (data, __missing__, copy,
# | and |=, fromkeys), UserList (slices and arithmetic returning UserLists, sort with key,
# comparisons), UserString (methods returning UserStrings, % formatting, in), ChainMap | and
# copy/new_child, Counter with zero and negative counts through each operator, OrderedDict
# setdefault/pop/popitem/| and reversed views, and defaultdict copy and repr of nested factories.
from collections import UserDict, UserList, UserString, ChainMap, Counter, OrderedDict, defaultdict

class Settings(UserDict):
    def __missing__(self, key):
        return f"<default {key}>"
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
s = Settings({"Host": "a", "PORT": 1})
s["Mode"] = "dev"
print(s, s["host"], s["nothing"], s.get("nothing"), "mode" in s, len(s), type(s.copy()).__name__, s.copy() == s, s.data is not s.copy().data)
print(s | {"extra": 1}, type(s | {"x": 1}).__name__, {"y": 2} | s, Settings.fromkeys(["A", "B"], 0))
s |= {"More": True}
print(s, sorted(s.keys()), list(s.items())[:2], s.pop("More"), s.setdefault("new", 5), s.popitem())
class Stack(UserList):
    def push(self, x):
        self.append(x)
st = Stack([3, 1, 2])
st.push(9)
print(st, st[1:3], type(st[1:3]).__name__, st + [0], type(st + [0]).__name__, [0] + st, type([0] + st).__name__, st * 2, st == [3, 1, 2, 9], st < [4])
st.sort(key=lambda v: -v)
print(st, st.index(2), st.count(1), st.pop(), 9 in st, list(reversed(st)), st.copy(), type(st.copy()).__name__)
st[0:1] = (7, 8)
del st[-1]
st += "ab"
print(st, st.data, len(st), max(st, key=str))
u = UserString("Hello, World")
print(u.upper(), type(u.upper()).__name__, u[1:4], type(u[1:4]).__name__, u + "!", "World" in u, u.split(", "), u.find("o"), u % () if "%" in u else u.replace("l", "L", 2))
print(UserString("%s-%d") % ("a", 1), type(UserString("%s") % "x").__name__, u == "Hello, World", u < "J", hash(u) == hash("Hello, World"), int(UserString("42")) + 1, float(UserString("1.5")))
print(repr(u), str(u), len(u), u.center(16, "*"), u.zfill(14), list(UserString("ab")), u.data is str(u) or u.data == str(u))
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm | {"d": 4}, type(cm | {"d": 4}).__name__, {"z": 0} | cm, cm.copy(), cm.new_child(m={"a": 100})["a"], dict(cm), list(cm))
cm2 = cm.copy()
cm2["a"] = "changed"
print(cm2.maps[0], base, cm.parents.maps, ChainMap().maps, bool(ChainMap({})), bool(ChainMap({}, {"x": 1})))
a = Counter(x=3, y=0, z=-2)
b = Counter(x=1, y=-1, w=5)
print(a, a + b, a - b, a | b, a & b, +a, -a, a + Counter(), a == Counter(x=3), a.total(), sorted((a + b).elements()))
a.update(z=2)
a.subtract({"x": 5})
print(a, a.most_common(), Counter("aabbbc").most_common(1), Counter({"k": 1.5}) + Counter({"k": 1.0}), Counter(a=2) <= Counter(a=3, b=0))
od = OrderedDict(b=2, a=1)
print(od.setdefault("c", 3), od.pop("b"), od.pop("nope", "dflt"), od, od | {"z": 26}, list(reversed(od.items())), list(reversed(od.keys())), od.popitem(last=False))
try:
    od.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
dd = defaultdict(lambda: defaultdict(list))
dd["a"]["b"].append(1)
cp = dd.copy()
print(type(cp).__name__, cp["a"] is dd["a"], repr(defaultdict(int, {"k": 1})), repr(defaultdict(list)), dd["a"]["b"], len(dd), dd.default_factory is cp.default_factory)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
