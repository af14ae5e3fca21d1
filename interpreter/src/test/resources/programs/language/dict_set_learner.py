# dict and set operations a learner tries: ordering, views, merges, comprehensions, setdefault, Counter-like counting.
inventory = {"apples": 3, "pears": 0, "plums": 7}
inventory["kiwis"] = 2
del inventory["pears"]
print(inventory, list(inventory), len(inventory))
print(inventory.get("mango"), inventory.get("mango", 0), inventory.setdefault("figs", 1), inventory)
print(inventory.pop("figs"), inventory.pop("none", "default"), inventory.popitem(), inventory)
merged = inventory | {"apples": 10, "limes": 4}
print(merged, {**inventory, "x": 0})
inventory |= {"grapes": 9}
print(inventory)
keys = inventory.keys()
inventory["new"] = 1
print(keys, "new" in keys, keys & {"new", "zzz"}, keys - {"new"})
print(list(inventory.items())[:2], sum(inventory.values()))
print({k: v for k, v in inventory.items() if v > 2}, dict(zip("abc", range(3))))
print(dict.fromkeys("abc", 0), dict([("a", 1), ("b", 2)]), dict(a=1, b=2))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}))
a.add(10); a.discard(1); a.remove(2)
print(a, a.pop() in {3, 4, 10}, len(a))
try:
    a.remove(99)
except KeyError as e:
    print("KeyError:", e)
print({x % 3 for x in range(10)}, frozenset("hello"), set(), {()}, {1, 1.0, True})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", {}).get("c"))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
print(sorted({"b": 1, "a": 2}), list(reversed({"x": 1, "y": 2})), {"a": 1} == {"a": 1.0})
