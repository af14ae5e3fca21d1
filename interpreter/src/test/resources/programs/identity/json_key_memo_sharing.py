# json.loads memoizes object keys within one call: every occurrence of a key spelled the same is
# the same str object (the decoder's memo dict, cleared when the call ends), so a list of records
# shares its key strs; values are never memoized, and two loads() calls give different key
# objects. Keys are not interned (not the same object as a literal in the program), unless they
# are one character (the latin-1 cache). object_pairs_hook and object_hook see the shared keys.
import json
import sys

text = json.dumps([{"name": "n%d" % i, "city": "Paris", "zip": "75001"} for i in range(5)])
records = json.loads(text)
names = [next(iter(r)) for r in records]
print("keys shared in one call:", all(k is names[0] for k in names))
cities = [r["city"] for r in records]
print("values not shared:", cities[0] is cities[1], cities[0] == cities[1])

again = json.loads(text)
print("keys across calls:", next(iter(again[0])) is names[0])
print("key is the interned name:", names[0] is sys.intern("name"))

# one-character keys come from the latin-1 cache, shared across calls
one = json.loads('[{"a": 1}, {"a": 2}]')
two = json.loads('{"a": 3}')
print("one-char keys:", next(iter(one[0])) is next(iter(two)))

# nested objects share the memo too
nested = json.loads('{"id": 1, "child": {"id": 2, "child": {"id": 3}}}')
k1 = [k for k in nested if k == "id"][0]
k2 = [k for k in nested["child"] if k == "id"][0]
k3 = [k for k in nested["child"]["child"] if k == "id"][0]
print("nested keys:", k1 is k2, k2 is k3)

# hooks receive the memoized keys
pairs_seen = []
json.loads('[{"key": 1}, {"key": 2}]', object_pairs_hook=lambda pairs: pairs_seen.append(pairs) or dict(pairs))
print("pairs hook keys:", pairs_seen[0][0][0] is pairs_seen[1][0][0], pairs_seen)

objs_seen = []
json.loads('[{"key": 1}, {"key": 2}]', object_hook=lambda d: objs_seen.append(d) or d)
print("object hook keys:", next(iter(objs_seen[0])) is next(iter(objs_seen[1])))

# the saving, counted: getrefcount of a shared key is one per record plus the local names
rows = json.loads(json.dumps([{"label": i} for i in range(100)]))
label = next(iter(rows[0]))
print("label key held by", sys.getrefcount(label) - 1, "references")
del rows
print("after the rows went:", sys.getrefcount(label) - 1)

# a JSONDecoder instance: each decode() call starts a fresh memo
dec = json.JSONDecoder()
x = dec.decode('{"field": 1}')
y = dec.decode('{"field": 2}')
print("decoder calls:", next(iter(x)) is next(iter(y)))
# raw_decode too, with the end index
obj, end = dec.raw_decode('{"field": [1, 2]} trailing')
print("raw_decode:", obj, end)
