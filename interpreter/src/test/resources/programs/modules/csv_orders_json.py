# CSV orders converted to JSON: DictReader with types, json default= for Decimal/date, indent and sort_keys, DictWriter back
import csv
import io
import json
from dataclasses import dataclass, asdict
from datetime import date
from decimal import Decimal

SRC = """order_id,customer,placed,item,qty,unit_price
1001,"Smith, Ann",2024-01-05,widget,3,2.50
1001,"Smith, Ann",2024-01-05,gadget,1,10.00
1002,Bo Li,2024-01-07,widget,10,2.45
1003,"O""Brien",2024-02-11,doohickey,2,7.125
1002,Bo Li,2024-01-07,sprocket,4,0.99
"""

@dataclass
class Line:
    item: str
    qty: int
    unit_price: Decimal

    @property
    def total(self):
        return (self.qty * self.unit_price).quantize(Decimal("0.01"))

orders = {}
reader = csv.DictReader(io.StringIO(SRC))
print("fields:", reader.fieldnames)
for row in reader:
    o = orders.setdefault(int(row["order_id"]), {"customer": row["customer"],
                                                 "placed": date.fromisoformat(row["placed"]),
                                                 "lines": []})
    o["lines"].append(Line(row["item"], int(row["qty"]), Decimal(row["unit_price"])))
print("line_num:", reader.line_num)

def encode(obj):
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, Line):
        d = asdict(obj)
        d["total"] = obj.total
        return d
    raise TypeError(f"cannot encode {type(obj).__name__}")

doc = {str(k): {**v, "total": sum((l.total for l in v["lines"]), Decimal(0))} for k, v in orders.items()}
text = json.dumps(doc, default=encode, indent=2, sort_keys=True)
print(text)
print(json.dumps(doc["1002"]["lines"][0], default=encode, separators=(",", ":")))
back = json.loads(text, parse_float=Decimal)
print(type(back["1003"]["lines"][0]["total"]).__name__, back["1003"]["total"])

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["order", "customer", "total"], quoting=csv.QUOTE_NONNUMERIC,
                   lineterminator="\n")
w.writeheader()
for k, v in sorted(doc.items()):
    w.writerow({"order": int(k), "customer": v["customer"], "total": float(v["total"])})
print(out.getvalue(), end="")

w2 = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    w2.writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"when": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": [1.5, None, True], 3: "x"}, sort_keys=False, ensure_ascii=True, indent="\t"))
