# json with default/object_hook/object_pairs_hook/parse_float/indent/sort_keys and a custom encoder.
import json
from decimal import Decimal
from collections import OrderedDict
from datetime import date

doc = {"name": "Widget", "price": 12.5, "tags": ["a", "b"], "dims": {"w": 1, "h": 2.0}, "active": True, "note": None,
       "unicode": "héllo ☃", "nested": [[], {}, [1, [2, [3]]]]}
print(json.dumps(doc))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, indent="\t", separators=(",", ": "), ensure_ascii=False)[:80])
print(json.dumps([1, 2], indent=0), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps({"a": []}, indent=1))
print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "k": 1}, skipkeys=True))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, date):
            return {"$date": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"d": Decimal("1.10"), "when": date(2024, 5, 1), "s": {3, 1, 2}}, cls=Encoder))
try:
    json.dumps({"x": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
text = '{"b": 1.10, "a": [1, 2.50, 1e3], "when": {"$date": "2024-05-01"}, "big": 12345678901234567890}'
print(json.loads(text, parse_float=Decimal))
print(json.loads(text, object_pairs_hook=OrderedDict))
print(json.loads(text, object_hook=lambda d: date.fromisoformat(d["$date"]) if "$date" in d else d))
print(json.loads(text, parse_int=lambda s: int(s) % 1000))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("[1, 2, 3]  "), json.loads('{"a": NaN}'), json.loads("-0"), json.loads("1E400"))
for bad in ['{"a" 1}', "[1, 2", '{"a": 1} x', "", "'single'", '{"a": tru}', "[1,]", '"\\x"', '{1: 2}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:12} {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)
dec = json.JSONDecoder()
print(dec.raw_decode('{"x": 1} trailing'), json.dumps("</script>"), json.dumps("\x00\x1f\u2028"))
