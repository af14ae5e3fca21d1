# Everyday dict and set work: get/setdefault/pop/update/items, iteration order, merging with |,
# counting and grouping by hand, dict views reflecting changes, set algebra and membership,
# frozenset as keys, and the errors for changing size during iteration.
inventory = {"apples": 3, "pears": 0}
inventory["bananas"] = 12
print(inventory, inventory.get("kiwis"), inventory.get("kiwis", 0), len(inventory))
print(inventory.setdefault("kiwis", 5), inventory.setdefault("apples", 99), inventory)
print(inventory.pop("pears"), inventory.pop("zz", "none"), inventory.popitem(), inventory)
inventory.update({"apples": 10}, grapes=7)
inventory.update([("figs", 1)])
print(inventory, list(inventory), list(inventory.values()), list(inventory.items())[0])
keys = inventory.keys()
inventory["new"] = 0
print(keys, "new" in keys, keys & {"new", "x"}, keys - {"new"})
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 3}, dict.fromkeys("ab", 0), dict(a=1, **{"b": 2}))
merged = {"x": 1}
merged |= {"y": 2}
print(merged, {**merged, "x": 0})
for key, value in sorted(inventory.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{key:>8}: {value}")
text = "the cat and the hat and the bat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq, max(freq, key=freq.get))
by_letter = {}
for w in text.split():
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
try:
    for k in inventory:
        del inventory[k]
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(dict([(1, "a"), (2, "b")]), dict(zip("ab", "xy")), {1: "a", 1.0: "b"}, {True: 1, 1: 2})
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < b, a.isdisjoint({9}), a.issuperset({1, 2}))
a.add(10)
a.discard(99)
a.remove(1)
print(a, len(a), 10 in a)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(set(), set("hello") == {"h", "e", "l", "o"}, sorted({3, 1, 2}), {1, 2} == {2, 1}, {} == set())
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
fs = frozenset([1, 2])
print({fs: "frozen"}[frozenset([2, 1])], fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
unique = []
seen = set()
for item in [3, 1, 3, 2, 1]:
    if item not in seen:
        seen.add(item)
        unique.append(item)
print(unique, list(dict.fromkeys([3, 1, 3, 2, 1])))
squares = {x: x * x for x in range(6)}
print({k: v for k, v in squares.items() if v % 2}, sum(squares.values()), min(squares.items(), key=lambda kv: -kv[1]))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
