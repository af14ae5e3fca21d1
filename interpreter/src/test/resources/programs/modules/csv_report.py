# A sales report: csv.DictReader from a string, statistics, Counter, and a formatted table.
import csv, io, statistics
from collections import Counter, defaultdict

DATA = """region,rep,product,units,price
north,alice,widget,12,2.50
south,bob,gadget,3,19.99
north,carol,widget,7,2.50
east,dave,doohickey,25,0.99
south,bob,widget,30,2.45
east,erin,gadget,1,21.00
north,alice,gadget,4,19.99
west,frank,widget,0,2.50
west,frank,doohickey,60,0.95
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
for r in rows:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
    r["total"] = round(r["units"] * r["price"], 2)

by_region = defaultdict(float)
for r in rows:
    by_region[r["region"]] += r["total"]
units = [r["units"] for r in rows]
print("mean units", statistics.mean(units), "median", statistics.median(units))
print("stdev %.4f pstdev %.4f" % (statistics.stdev(units), statistics.pstdev(units)))
print("mode product", statistics.mode(r["product"] for r in rows))
print("quantiles", statistics.quantiles(units, n=4))
print("harmonic", round(statistics.harmonic_mean([r["price"] for r in rows]), 6))
product_units = Counter()
for r in rows:
    product_units[r["product"]] += r["units"]
print(product_units.most_common())
reps = Counter(r["rep"] for r in rows)
print(reps.most_common(2), sum(reps.values()), reps["zed"])
print(f"{'region':<8}|{'total':>10}|{'share':>7}")
print("-" * 27)
grand = sum(by_region.values())
for region, total in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"{region:<8}|{total:>10,.2f}|{total / grand:>7.1%}")
print(f"{'all':<8}|{grand:>10,.2f}|{1:>7.1%}")
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["region", "total"])
for k in sorted(by_region):
    w.writerow([k, round(by_region[k], 2)])
print(out.getvalue(), end="")
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
