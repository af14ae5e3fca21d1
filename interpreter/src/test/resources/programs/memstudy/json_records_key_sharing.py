# How much a list of JSON records costs, counted the way a performance engineer does it: the
# deep size over distinct objects (ids), with the keys that json.loads shares within one call
# (its memo) counted once, against the same records built by a comprehension with keys made at
# run time (distinct str objects per record) and against sys.intern'ed keys. Strs, ints and
# floats from the parser are new objects (except small ints and one-character strs).
import json
import sys


def deep_size(root):
    seen = set()
    total = 0
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif isinstance(obj, list):
            stack.extend(obj)
    return total, len(seen)


def distinct_keys(records):
    return len({id(k) for r in records for k in r})


rows = [{"user_id": i, "user_name": "u%04d" % i, "score": i * 1.5, "active": i % 2 == 0}
        for i in range(200)]
text = json.dumps(rows)
parsed = json.loads(text)
print("parsed equal:", parsed == rows)
print("distinct key objects, parsed:", distinct_keys(parsed))

fresh = [{"".join(["user", "_id"]): r["user_id"], "".join(["user", "_name"]): r["user_name"],
          "".join(["sco", "re"]): r["score"], "".join(["act", "ive"]): r["active"]} for r in rows]
print("distinct key objects, fresh:", distinct_keys(fresh))

interned = [{sys.intern(k): v for k, v in r.items()} for r in fresh]
print("distinct key objects, interned:", distinct_keys(interned))

size_p, n_p = deep_size(parsed)
size_f, n_f = deep_size(fresh)
size_i, n_i = deep_size(interned)
print("deep size parsed:", size_p, "objects", n_p)
print("deep size fresh:", size_f, "objects", n_f)
print("deep size interned:", size_i, "objects", n_i)
print("saved by sharing keys:", size_f - size_p, "bytes,", (size_f - size_p) // 200, "per record")

# values: equal strs from the parser are distinct objects, small ints shared, bools singletons
again = json.loads('[{"v": "same", "n": 5, "b": true, "x": 1000}, {"v": "same", "n": 5, "b": true, "x": 1000}]')
print("values:", again[0]["v"] is again[1]["v"], again[0]["n"] is again[1]["n"],
      again[0]["b"] is again[1]["b"], again[0]["x"] is again[1]["x"])
