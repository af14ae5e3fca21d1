# A recursive getsizeof over a nested configuration dict, with a seen set, and what each part costs.
import sys
import json

config = json.loads("""
{"server": {"host": "localhost", "port": 8080, "tls": false},
 "users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}],
 "limits": [1, 2.5, null, "x"],
 "features": {"a": true, "b": {"c": {"d": [1, 2, 3]}}}}
""")

def total_size(o, seen=None):
    if seen is None:
        seen = set()
    if id(o) in seen:
        return 0
    seen.add(id(o))
    s = sys.getsizeof(o)
    if isinstance(o, dict):
        for k, v in o.items():
            s += total_size(k, seen) + total_size(v, seen)
    elif isinstance(o, (list, tuple, set, frozenset)):
        for x in o:
            s += total_size(x, seen)
    return s

for key in config:
    print(f"{key:9} shallow {sys.getsizeof(config[key]):4} deep {total_size(config[key])}")
print("whole", total_size(config))
print("shared singletons counted once:", total_size([True, True, None, None]) - sys.getsizeof([True, True, None, None]))
shared = [1, 2, 3]
doc = {"a": shared, "b": shared}
print("shared list counted once", total_size(doc), sys.getsizeof(doc) + sys.getsizeof("a") * 2 + total_size(shared))
text = json.dumps(config)
print("as text", len(text), sys.getsizeof(text))
print("compact text", sys.getsizeof(json.dumps(config, separators=(",", ":"))))
