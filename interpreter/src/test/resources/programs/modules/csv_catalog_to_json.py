# A product catalogue converter: csv.DictReader with a dialect, type coercion, json with indent/sort_keys/default, DictWriter back.
import csv
import io
import json
from dataclasses import dataclass, asdict, field
from datetime import date
from decimal import Decimal
from enum import Enum

SOURCE = '''sku;name;price;stock;added;tags;category
A-100;"Widget, small";2.50;10;2024-01-15;red|metal;tools
A-101;Widget large;12.00;0;2023-11-02;;tools
B-200;"Gadget ""Pro""";99.99;3;2024-02-29;blue|plastic|new;electronics
C-300;Thing;0.10;1000;2022-06-30;bulk;misc
'''

class Category(Enum):
    TOOLS = "tools"
    ELECTRONICS = "electronics"
    MISC = "misc"

@dataclass(order=True)
class Product:
    sku: str
    name: str
    price: Decimal
    stock: int
    added: date
    category: Category
    tags: list = field(default_factory=list, compare=False)

def encode(obj):
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, Enum):
        return obj.value
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

reader = csv.DictReader(io.StringIO(SOURCE), dialect=Semi)
print("fields:", reader.fieldnames)
products = []
for row in reader:
    products.append(Product(
        sku=row["sku"], name=row["name"], price=Decimal(row["price"]), stock=int(row["stock"]),
        added=date.fromisoformat(row["added"]), category=Category(row["category"]),
        tags=[t for t in row["tags"].split("|") if t]))
print("line_num:", reader.line_num)

doc = {"count": len(products), "products": [asdict(p) for p in sorted(products)]}
text = json.dumps(doc, indent=2, sort_keys=True, default=encode)
print(text)
print(json.dumps(products[0].tags, separators=(",", ":")))
print(json.dumps({"z": 1, "a": [1.5, None, True]}, indent="\t"))
back = json.loads(text, parse_float=Decimal)
print(type(back["products"][0]["price"]).__name__, back["products"][0]["price"])
total = sum(Decimal(p["price"]) * p["stock"] for p in back["products"])
print("stock value:", total)

try:
    json.dumps({"when": date(2024, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}, sort_keys=False))

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["sku", "name", "value"], extrasaction="ignore",
                        quoting=csv.QUOTE_NONNUMERIC)
writer.writeheader()
for p in products:
    writer.writerow({"sku": p.sku, "name": p.name, "value": float(p.price * p.stock), "junk": 1})
print(out.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
print(csv.list_dialects())
