# JSON payloads of a small API: dumps with indent/separators/sort_keys/ensure_ascii/default/cls,
# loads with object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict,
# JSONDecodeError messages with positions (lineno/colno), and encoding errors for bad values.
import json
from decimal import Decimal
from collections import OrderedDict
from datetime import date
from fractions import Fraction

order = {"id": 17, "customer": "Zoë Ünal", "items": [{"sku": "A-1", "qty": 2, "price": 9.99}, {"sku": "B-7", "qty": 1, "price": 0.1}],
         "paid": True, "coupon": None, "ratio": 1e-7, "big": 10**20, "tags": ("rush", "gift")}
print(json.dumps(order))
print(json.dumps(order, ensure_ascii=False, sort_keys=True))
print(json.dumps(order["items"], indent=2, separators=(",", ": ")))
print(json.dumps(order["items"][0], separators=(",", ":")), json.dumps([1, [2, [3]]], indent="\t"), json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none"}), json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
print(json.dumps([float("nan"), float("inf"), -float("inf")]), json.dumps("\u2028\x00\t\"\\/"), json.dumps("snow ☃ 𝄞"))
def default(o):
    if isinstance(o, (date,)):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(f"cannot serialise {type(o).__name__}")
print(json.dumps({"when": date(2026, 12, 7), "amount": Decimal("12.50")}, default=default))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Fraction):
            return {"__fraction__": [o.numerator, o.denominator]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"f": Fraction(3, 4), "s": {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]), list(Enc().iterencode({"a": [1, 2]})))
for bad in [{"x": object()} if False else {"x": Fraction(1, 2)}, {(1, 2): 3}, [float("nan")]]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
text = '{"total": 12.50, "n": 3, "rate": 1e2, "items": [{"__fraction__": [1, 3]}], "z": NaN, "dup": 1, "dup": 2}'
print(json.loads(text))
print(json.loads(text, parse_float=Decimal, parse_int=lambda s: int(s) * 100, parse_constant=lambda c: f"<{c}>"))
print(json.loads(text, object_pairs_hook=OrderedDict))
print(json.loads(text, object_pairs_hook=lambda pairs: pairs)[-2:])
def hook(d):
    if "__fraction__" in d:
        return Fraction(*d["__fraction__"])
    return d
print(json.loads(text, object_hook=hook)["items"])
print(json.loads('"tab\\there \\u00e9 \\ud83d\\ude00"'), json.loads(b'{"b": "bytes"}'), json.loads("  [1, 2]  "), json.loads('"\\ud800"') == "\ud800")
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '{"a": "x\ny"}', '[1]\n  x', "{'a': 1}", '"abc', '[01]', '{"a":1}}', '\ufeff[1]', '1.5e', '[-]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads('{"a": "x\ny"}', strict=False), json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().raw_decode('  {"k": 0}', 2))
try:
    json.loads(3)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(order, indent=2, sort_keys=True, ensure_ascii=True)[:120])
