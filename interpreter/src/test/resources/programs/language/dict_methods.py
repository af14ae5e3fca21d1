# dict methods; insertion order is preserved.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "none"), d.popitem(), d)
d.update({"x": 10}, y=11)
print(d, "x" in d, len(d), {**d, "a": 0}, d | {"z": 1})
print(dict.fromkeys("ab", 0), dict(zip("xy", (1, 2))), dict([("k", "v")]))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1], reverse=True)})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
