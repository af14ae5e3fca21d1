# Learner: set algebra and dict manipulation on a small inventory.
inv = {"apple": 5, "banana": 0, "cherry": 12}
more = {"banana": 7, "date": 3}
print(inv | more, {**inv, **more} == inv | more, more | inv)
inv |= {"elder": 1}; print(inv)
print({k: v for k, v in inv.items() if v}, dict(sorted(inv.items(), key=lambda kv: (-kv[1], kv[0]))))
print(inv.get("fig"), inv.get("fig", 0), inv.setdefault("fig", 9), inv.pop("fig"), inv.pop("zzz", "none"))
print(list(inv.keys() & more.keys()), sorted(inv.keys() - more.keys()), sorted(inv.keys() | {"x"}), inv.keys() ^ more.keys() == {"apple", "cherry", "elder", "date"})
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), dict([("k", 1)], z=2))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
c = set(a); c.update([7, 8], (9,)); c.discard(100); c.remove(1); print(sorted(c))
c.intersection_update(range(5, 10)); print(c)
c.symmetric_difference_update({8, 20}); print(sorted(c))
try:
    c.remove(999)
except KeyError as e:
    print("KeyError:", e)
print(frozenset("hello"), frozenset([1, 2]) | {3}, {frozenset([1]): "ok"}, len({1, 1.0, True}))
words = "the cat sat on the mat the end".split()
idx = {}
for i, w in enumerate(words):
    idx.setdefault(w, []).append(i)
print(idx, max(idx, key=lambda k: len(idx[k])))
d = {"a": 1, "b": 2}
for k in list(d):
    d[k * 2] = d.pop(k)
print(d)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted({(1, 2), (1, 2), (0, 5)}), {x % 3 for x in range(10)}, {i: i ** 2 for i in range(4)})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"].get("c"), nested.get("x", {}).get("y"))
print(list(reversed(d)), list(reversed(d.items())), d.popitem(), d)
