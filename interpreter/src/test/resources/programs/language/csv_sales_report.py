# A sales report from CSV text as office scripts build it: csv.DictReader over StringIO with
# quoted fields holding commas and newlines, type conversion with error rows collected,
# grouping with itertools.groupby after sorting, DictWriter with QUOTE_NONNUMERIC and a custom
# dialect, csv.Sniffer, and the Error for an unterminated quote in strict mode.
import csv, io, itertools
from decimal import Decimal

RAW = '''region,rep,product,units,price
North,"Smith, J",Widget,10,2.50
South,Lee,Gadget,3,19.99
North,"Smith, J",Gadget,1,19.99
East,"O'Brien",Widget,seven,2.50
South,Kim,"Widget
Deluxe",2,7.25
North,Ng,Widget,4,2.50
'''

rows, errors = [], []
for lineno, rec in enumerate(csv.DictReader(io.StringIO(RAW)), start=2):
    try:
        rec["units"] = int(rec["units"])
        rec["price"] = Decimal(rec["price"])
        rows.append(rec)
    except ValueError as e:
        errors.append((lineno, rec["rep"], str(e)))
print(len(rows), errors)
print(repr(rows[3]["product"]))
rows.sort(key=lambda r: (r["region"], r["rep"]))
for region, group in itertools.groupby(rows, key=lambda r: r["region"]):
    group = list(group)
    total = sum(r["units"] * r["price"] for r in group)
    print(f"{region:<6} {len(group)} rows {sum(r['units'] for r in group):3} units {total:>8}")

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["region", "rep", "revenue"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writeheader()
for r in rows:
    w.writerow({"region": r["region"], "rep": r["rep"], "revenue": float(r["units"] * r["price"])})
print(out.getvalue(), end="")

csv.register_dialect("pipes", delimiter="|", quotechar="'", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
out2 = io.StringIO()
writer = csv.writer(out2, dialect="pipes")
writer.writerows([["a|b", "it's", 3], ["plain", "", None]])
print(out2.getvalue(), end="")
print(list(csv.reader(io.StringIO(out2.getvalue()), dialect="pipes")), sorted(csv.list_dialects()))
dialect = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print(dialect.delimiter, csv.Sniffer().has_header("name,age\nann,30\nbob,41\n"))
try:
    list(csv.reader(io.StringIO('a,"unterminated\n'), strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(["x,,\"q\"\"uote\"", " sp , ace"], skipinitialspace=True)))
