# dicts while teaching them: insertion order, live views and their set operations, reversed, popitem, |, size changes during iteration, equal keys
d = {"b": 1, "a": 2}
d["c"] = 3
print(list(d), d)
keys, vals, items = d.keys(), d.values(), d.items()
d["z"] = 0
del d["a"]
print(keys, vals, items, len(keys))
print(keys & {"b", "q"}, keys | {"x"}, keys - {"b"}, ("b", 1) in items, reversed(d).__class__.__name__, list(reversed(d)))
print(d.popitem(), d.setdefault("n", []), d.get("missing", "dflt"), d.pop("b"), d)
try:
    d.pop("nothing")
except KeyError as e:
    print("KeyError:", e)
e = {1: "a"} | {2: "b", 1: "c"}
e |= {3: "d"}
print(e, dict.fromkeys("ab", 0), dict(zip("xy", (1, 2))), dict([("k", "v")], extra=1))
print({k: v for k, v in sorted(e.items(), reverse=True)}, {x % 3 for x in range(10)})
try:
    for k in d:
        d["new" + str(k)] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
m = {1: 1}
m[1.0] = "float key"
m[True] = "bool key"
print(m)
try:
    {[]: 1}
except TypeError as err:
    print("TypeError:", err)
print(list({3: 0, 1: 0, 2: 0}.keys()), {} == dict(), {"a": 1} == {"a": 1.0})
class Missing(dict):
    def __missing__(self, k):
        return k * 2
print(Missing()["ab"], Missing().get("ab"))
import collections
dd = collections.defaultdict(list)
dd["x"].append(1)
print(dd, dict(dd), collections.Counter("abracadabra").most_common(2))
