# Deep size of a CSV table read three ways: csv.reader rows, csv.DictReader dicts, and columns.
import csv
import io
import sys

text = "name,qty,price\n" + "".join(f"item{i},{i * 3},{i * 1.25}\n" for i in range(40))

def deep(o, seen=None):
    seen = set() if seen is None else seen
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        size += sum(deep(k, seen) + deep(v, seen) for k, v in o.items())
    elif isinstance(o, (list, tuple, set)):
        size += sum(deep(x, seen) for x in o)
    return size

rows = list(csv.reader(io.StringIO(text)))
print("reader rows", len(rows), "list", sys.getsizeof(rows), "row0", sys.getsizeof(rows[1]))
print("deep rows", deep(rows))
dicts = list(csv.DictReader(io.StringIO(text)))
print("dict row", sys.getsizeof(dicts[0]), type(dicts[0]).__name__)
print("deep dicts", deep(dicts))
print("keys shared across rows:", dicts[0].keys() == dicts[5].keys(), all(list(d)[0] is list(dicts[0])[0] for d in dicts))
cols = {h: [r[i] for r in rows[1:]] for i, h in enumerate(rows[0])}
print("deep columns", deep(cols))
typed = [(r[0], int(r[1]), float(r[2])) for r in rows[1:]]
print("typed tuples", deep(typed), sys.getsizeof(typed[0]))
print("field sizes", [sys.getsizeof(x) for x in typed[7]])
print("str sizes", sys.getsizeof("item7"), sys.getsizeof("21"), sys.getsizeof("8.75"))
