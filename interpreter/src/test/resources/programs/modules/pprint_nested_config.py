# Pretty-printing a nested service configuration: pprint/pformat with width, depth, indent,
# compact, sort_dicts, underscore_numbers; PrettyPrinter.isreadable/isrecursive; recursive
# structures; saferepr; long strings and bytes split; dataclasses, namedtuples and other containers.
import pprint
import re
import io
import contextlib
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
from dataclasses import dataclass, field

cfg = {
    "service": "billing", "replicas": 3, "ports": [8080, 8081, 9090],
    "env": {"DB_URL": "postgres://db.internal:5432/billing", "FEATURE_FLAGS": ["new-invoice", "fast-path", "audit"], "RETRIES": 5},
    "limits": {"cpu": 1.5, "memory": 2_147_483_648, "nested": {"a": {"b": {"c": {"d": [1, 2, 3]}}}}},
    "tags": ("prod", "eu-west"), "owners": {"zed", "amy"} if False else ["zed", "amy"],
}
pprint.pprint(cfg)
pprint.pprint(cfg, width=50, depth=2)
pprint.pprint(cfg["env"], indent=4, width=40)
pprint.pprint(cfg, sort_dicts=False, width=120)
print(pprint.pformat(list(range(40)), width=40, compact=True))
print(pprint.pformat(list(range(40)), width=40))
print(pprint.pformat({"big": 123456789012, "list": [10**6, 2**40]}, underscore_numbers=True))
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
noid = lambda s: re.sub(r"id=\d+", "id=N", s)
print(noid(pprint.pformat(rec)))
print(noid(pprint.pformat(d)))
pp = pprint.PrettyPrinter(width=30)
print(pp.isreadable(cfg), pp.isreadable(rec), pp.isrecursive(d), noid(pprint.saferepr(rec)), pprint.isreadable(object()))
long = "lorem ipsum dolor sit amet " * 4
pprint.pprint({"text": long, "blob": bytes(range(60))}, width=50)
pprint.pprint(OrderedDict([("b", 1), ("a", [1, 2] * 10)]), width=40)
dd = defaultdict(list, {"x": [1] * 15, "y": []})
pprint.pprint(dd, width=40)
pprint.pprint(Counter("abracadabra simsalabim"), width=40)
pprint.pprint(deque(range(25), maxlen=30), width=40)
Pt = namedtuple("Pt", "x y z")
pprint.pprint([Pt(1, 2, 3), Pt(10**10, 20**10, 30**10)], width=40)
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
tree = Node("root", [Node("left", [Node("leaf-1"), Node("leaf-2")], {"weight": 3}), Node("right")])
pprint.pprint(tree, width=60)
pprint.pprint(tree, depth=2)
pprint.pprint({frozenset({3, 1, 2}): "fs", (1, 2): {3, 2, 1}}, width=20)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7]]]]], depth=3)
print(pprint.pformat("x" * 100, width=30))
print(pprint.pformat(set(range(30)), width=50, compact=True))
