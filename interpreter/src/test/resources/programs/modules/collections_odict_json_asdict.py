# json writes an OrderedDict in its order and reads objects into one with object_pairs_hook;
# namedtuple's _asdict returns a plain dict in 3.11.
import json
from collections import OrderedDict, namedtuple

od = OrderedDict([("z", 1), ("a", [OrderedDict(q=None)])])
od.move_to_end("z")
print(json.dumps(od), json.dumps(od, indent=1, sort_keys=True))
back = json.loads('{"b": 1, "a": {"y": 2, "x": 3}}', object_pairs_hook=OrderedDict)
print(back, type(back["a"]).__name__)
P = namedtuple("P", "x y")
print(P(1, 2)._asdict(), type(P(1, 2)._asdict()).__name__)
