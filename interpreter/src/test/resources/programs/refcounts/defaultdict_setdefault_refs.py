# dict.setdefault, dict.get and collections.defaultdict counted: setdefault
# stores its default only when the key is missing (and then returns it),
# a defaultdict's factory runs once per missing key, and get never stores.
import sys
from collections import defaultdict, Counter

def rc(obj):
    return sys.getrefcount(obj) - 1

default = []
d = {}
r = d.setdefault("k", default)
print("stored and returned:", r is default, rc(default))
del r
r = d.setdefault("k", [])
print("second setdefault returns stored:", r is default, rc(default))
del r
g = d.get("missing", default)
print("get default not stored:", "missing" in d, rc(default))
del g
calls = []
def factory():
    calls.append(1)
    return ["made"]
dd = defaultdict(factory)
first = dd["a"]
again = dd["a"]
print("factory calls:", len(calls), first is again, rc(first))
print("get does not call the factory:", dd.get("b"), len(calls), "b" in dd)
print("in does not call it:", "c" in dd, len(calls))
dd["d"].append(1)
print("after dd['d'].append:", dict(dd), len(calls))
print("factory refs:", rc(factory), dd.default_factory is factory)
dd.default_factory = None
try:
    dd["zzz"]
except KeyError as e:
    print("KeyError without factory:", e)
print("factory refs after unset:", rc(factory))
counts = Counter()
word = "".join(["w", "ord"])
for _ in range(3):
    counts[word] += 1
print("Counter key refs:", rc(word), counts[word], counts["absent"], "absent" in counts)
popped = d.pop("k")
print("pop returns stored:", popped is default, rc(default))
print("pop default:", d.pop("nope", default) is default, rc(default))
