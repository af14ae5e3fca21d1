# A CSV -> JSON -> CSV converter: DictReader with types, json.dumps with indent/sort_keys/default,
# DictWriter with extrasaction and restval, quoting, and a JSON round trip with object_hook.
import csv, io, json, decimal, datetime
from dataclasses import dataclass, asdict, field

SRC = '''sku,name,price,qty,added,tags
A-100,"Widget, large",12.50,4,2024-01-15,"metal;blue"
A-101,Gadget,3.99,0,2023-12-01,
B-200,"Thing ""deluxe""",100.00,12,2024-02-29,plastic
B-201,Sprocket,0.35,250,2022-07-04,"metal;tiny;bulk"
'''

@dataclass
class Item:
    sku: str
    name: str
    price: decimal.Decimal
    qty: int
    added: datetime.date
    tags: list = field(default_factory=list)

def encode(o):
    if isinstance(o, decimal.Decimal):
        return str(o)
    if isinstance(o, datetime.date):
        return o.isoformat()
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

reader = csv.DictReader(io.StringIO(SRC))
print("fields:", reader.fieldnames)
items = []
for row in reader:
    items.append(Item(row["sku"], row["name"], decimal.Decimal(row["price"]), int(row["qty"]),
                      datetime.date.fromisoformat(row["added"]),
                      [t for t in row["tags"].split(";") if t]))
print("line_num:", reader.line_num)

doc = {"generated": datetime.date(2024, 3, 1), "count": len(items),
       "items": [asdict(i) for i in items], "categories": {"B", "A"}}
text = json.dumps(doc, indent=2, sort_keys=True, default=encode)
print(text)
print(json.dumps(doc["items"][0], default=encode, separators=(",", ":")))
print(json.dumps({"é": "ü", "n": None, "t": (1, 2)}, ensure_ascii=False), json.dumps("é\u2028"))

try:
    json.dumps(doc)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"x": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)

back = json.loads(text, parse_float=decimal.Decimal,
                  object_hook=lambda d: {k: (datetime.date.fromisoformat(v) if k == "added" else v)
                                         for k, v in d.items()})
print(back["items"][2]["added"], type(back["items"][2]["price"]).__name__)

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["sku", "name", "value", "note"], extrasaction="ignore",
                   restval="n/a", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writeheader()
for i in items:
    w.writerow({"sku": i.sku, "name": i.name, "value": float(i.price * i.qty), "extra": 1})
print(out.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)

tsv = io.StringIO()
w2 = csv.writer(tsv, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
w2.writerows([["a b", "c\td", 'e"f'], [1, 2.5, None]])
print(repr(tsv.getvalue()))
print(list(csv.reader(io.StringIO(tsv.getvalue()), delimiter="\t")))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
