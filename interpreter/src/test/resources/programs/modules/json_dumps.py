# json.dumps: types map to JSON, options for sorting, indentation, separators and ASCII.
import json

data = {"name": "pyheap", "version": 3.11, "tags": ["gc", "memory"], "ok": True, "none": None,
        "nested": {"b": 1, "a": [1, 2.5, "x"]}, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps({"b": [1, {"c": 2}], "a": {}}, indent=2))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é☕"), json.dumps("é", ensure_ascii=False))
print(json.dumps(1e100), json.dumps(float("inf")), json.dumps({1: "int key", 2.5: "float key"}))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(object(), default=lambda o: "custom"))
