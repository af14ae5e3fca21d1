# A recursive sys.getsizeof over nested data loaded from JSON, counting each
# object once (shared keys and small ints are shared, so they count once).
import sys
import json

def deep_sizeof(obj, seen=None):
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        for k, v in obj.items():
            size += deep_sizeof(k, seen) + deep_sizeof(v, seen)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for item in obj:
            size += deep_sizeof(item, seen)
    return size

doc = json.loads("""
{"users": [
  {"id": 1, "name": "Ada", "tags": ["admin", "dev"], "score": 9.5, "active": true},
  {"id": 2, "name": "Linus", "tags": ["dev"], "score": 7.25, "active": false},
  {"id": 3, "name": "Grace", "tags": [], "score": null, "active": true}
 ],
 "meta": {"count": 3, "source": "test", "nested": {"a": {"b": {"c": [1, 2, 3]}}}}}
""")

print("top-level shallow:", sys.getsizeof(doc))
print("top-level deep:", deep_sizeof(doc))
for user in doc["users"]:
    print(user["name"], sys.getsizeof(user), deep_sizeof(user))
print("meta deep:", deep_sizeof(doc["meta"]))
print("users list shallow:", sys.getsizeof(doc["users"]))
keys = [k for u in doc["users"] for k in u]
print("key objects shared:", len(keys), len({id(k) for k in keys}))
print("names:", [sys.getsizeof(u["name"]) for u in doc["users"]])
print("scores:", [sys.getsizeof(u["score"]) for u in doc["users"]])
again = json.loads(json.dumps(doc))
print("round trip equal:", again == doc, "deep:", deep_sizeof(again))
compact = json.dumps(doc, separators=(",", ":"))
print("json text:", len(compact), sys.getsizeof(compact))
