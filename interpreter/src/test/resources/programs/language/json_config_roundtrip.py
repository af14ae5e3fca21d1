# JSON as configuration code uses it: dumps with indent/sort_keys/separators/ensure_ascii, a
# default= hook and a JSONEncoder subclass for dates, sets, Decimals and dataclasses,
# object_hook and object_pairs_hook (duplicate keys), parse_float, NaN/Infinity with
# allow_nan, the errors (circular reference, unserializable type, bad JSON with positions),
# and int/float keys turned into strings.
import json, dataclasses
from datetime import date, datetime
from decimal import Decimal
from collections import OrderedDict

@dataclasses.dataclass
class Server:
    host: str
    port: int
    tags: set

class ConfigEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Decimal):
            return str(o)
        if dataclasses.is_dataclass(o):
            return dataclasses.asdict(o)
        return super().default(o)

config = {"name": "svc", "started": date(2024, 1, 31), "ratio": Decimal("0.125"),
          "servers": [Server("a.example", 80, {"web", "edge"})], "ünïcode": "✓", 1: "int key", 2.5: None, True: "bool key"}
text = json.dumps(config, cls=ConfigEncoder, indent=2, sort_keys=False)
print(text)
print(json.dumps(config, cls=ConfigEncoder, ensure_ascii=False, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, sort_keys=True, indent="\t"))

def as_date(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d
back = json.loads(text, object_hook=as_date)
print(back["started"], type(back["started"]).__name__, back["1"], back["2.5"], sorted(back))
print(json.loads('{"a": 1, "a": 2, "b": 3}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1.10, 2.5e3]', parse_float=Decimal), json.loads('{"x": 1}', object_pairs_hook=OrderedDict))
print(json.dumps([float("nan"), float("inf"), -float("inf")]), json.loads("[NaN, Infinity, -Infinity]"))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
for bad in [object(), {1, 2}, b"bytes", 1j]:
    try:
        json.dumps({"k": bad})
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "t", "ok": 1}, skipkeys=True), json.dumps("\u2028\x00\"'"), json.dumps(10**30), json.dumps(1e300 * 10))
for doc in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "nul", '"\\x"', '{"a": 01}', "[1] x"]:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"{doc!r:12} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
print(json.JSONDecodeError.__mro__[1].__name__, json.loads("  [true, false, null]  "), json.loads('"\\ud83d\\ude00"'))
