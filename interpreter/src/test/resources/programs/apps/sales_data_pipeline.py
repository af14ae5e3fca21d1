# A whole application: a data pipeline that generates sales records with a seeded random, writes
# them as CSV and JSON lines into memory, reads them back (csv.DictReader, json), cleans and
# validates them, and reports per region/product/month with collections, itertools and statistics
# in formatted tables (also a pivot table and a histogram).
import csv
import io
import json
import random
import statistics
from collections import Counter, defaultdict, namedtuple, ChainMap
from datetime import date, timedelta
from itertools import groupby, accumulate, islice, pairwise, product as cartesian, starmap, zip_longest
from operator import attrgetter, itemgetter

rng = random.Random(20261207)
REGIONS = ["North", "South", "East", "West"]
PRODUCTS = {"widget": 2.50, "gadget": 12.00, "doohickey": 7.25, "gizmo": 30.00}
START = date(2026, 1, 1)

Sale = namedtuple("Sale", "id day region product qty unit_price")


def generate(n):
    for i in range(1, n + 1):
        product = rng.choice(list(PRODUCTS))
        price = PRODUCTS[product] * rng.choice([1, 1, 1, 0.9, 1.1])
        yield {"id": i, "day": (START + timedelta(days=rng.randrange(180))).isoformat(),
               "region": rng.choice(REGIONS), "product": product,
               "qty": rng.randint(-1, 20), "unit_price": round(price, 2)}


raw = list(generate(400))
# damage a few records the way real exports are damaged
raw[7]["region"] = " north "
raw[19]["qty"] = "n/a"
raw[33]["day"] = "2026-02-30"
raw[51]["product"] = "Widget"
raw[88]["unit_price"] = ""

buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=list(raw[0]), lineterminator="\n")
writer.writeheader()
writer.writerows(raw)
csv_text = buf.getvalue()
print("csv bytes:", len(csv_text.encode()), "lines:", csv_text.count("\n"))
print(csv_text.splitlines()[0], "|", csv_text.splitlines()[1])

jsonl = "\n".join(json.dumps(r, sort_keys=True) for r in raw[:5])
print(jsonl.splitlines()[0])
print([json.loads(line)["id"] for line in jsonl.splitlines()])

rejected = Counter()


def clean(row):
    try:
        qty = int(row["qty"])
        price = float(row["unit_price"])
        day = date.fromisoformat(row["day"])
    except ValueError as exc:
        rejected[type(exc).__name__ + ": " + str(exc).split(":")[0][:40]] += 1
        return None
    region = row["region"].strip().title()
    product = row["product"].lower()
    if region not in REGIONS or product not in PRODUCTS:
        rejected["unknown region/product"] += 1
        return None
    if qty <= 0:
        rejected["non-positive qty"] += 1
        return None
    return Sale(int(row["id"]), day, region, product, qty, price)


sales = [s for s in map(clean, csv.DictReader(io.StringIO(csv_text))) if s is not None]
print(f"clean: {len(sales)}  rejected: {sum(rejected.values())}")
for reason, n in sorted(rejected.items()):
    print(f"  {reason:<45}{n:>4}")


def revenue(s):
    return s.qty * s.unit_price


print()
print(f"{'region':<8}{'sales':>6}{'units':>7}{'revenue':>12}{'mean':>9}{'median':>9}{'stdev':>9}")
by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s)
for region in sorted(by_region):
    rs = by_region[region]
    revs = [revenue(s) for s in rs]
    print(f"{region:<8}{len(rs):>6}{sum(s.qty for s in rs):>7}{sum(revs):>12,.2f}"
          f"{statistics.mean(revs):>9.2f}{statistics.median(revs):>9.2f}{statistics.stdev(revs):>9.2f}")

print()
months = sorted({s.day.strftime("%Y-%m") for s in sales})
print("pivot".ljust(11) + "".join(m[5:].rjust(9) for m in months) + "total".rjust(11))
pivot = defaultdict(float)
for s in sales:
    pivot[s.product, s.day.strftime("%Y-%m")] += revenue(s)
for product in PRODUCTS:
    row = [pivot[product, m] for m in months]
    print(product.ljust(11) + "".join(f"{v:9.0f}" for v in row) + f"{sum(row):11,.2f}")
col_totals = [sum(pivot[p, m] for p in PRODUCTS) for m in months]
print("total".ljust(11) + "".join(f"{v:9.0f}" for v in col_totals) + f"{sum(col_totals):11,.2f}")
print("running:", [round(x) for x in accumulate(col_totals)])
print("month over month:", [f"{(b - a) / a:+.1%}" for a, b in pairwise(col_totals)])

print()
ordered = sorted(sales, key=attrgetter("day"))
for week, group in islice(groupby(ordered, key=lambda s: s.day.isocalendar()[1]), 6):
    items = list(group)
    print(f"week {week:2d}: {len(items):2d} sales, best {max(items, key=revenue).product:<9} "
          f"{max(map(revenue, items)):8.2f}")

print()
quantities = [s.qty for s in sales]
print("qty quantiles:", statistics.quantiles(quantities, n=4), "mode:", statistics.mode(quantities),
      "pvariance:", round(statistics.pvariance(quantities), 4))
print("harmonic:", round(statistics.harmonic_mean(quantities), 6), "geometric:",
      round(statistics.geometric_mean(quantities), 6))
hist = Counter((q - 1) // 4 for q in quantities)
for bucket in sorted(hist):
    lo = bucket * 4 + 1
    print(f"  {lo:2d}-{lo + 3:2d} | {'#' * (hist[bucket] // 3):<40} {hist[bucket]}")
prices = [s.unit_price for s in sales if s.product == "gizmo"]
print("gizmo prices:", sorted(Counter(prices).items()))
xs = [s.qty for s in sales[:50]]
ys = [revenue(s) for s in sales[:50]]
print("correlation:", round(statistics.correlation(xs, ys), 6))
slope, intercept = statistics.linear_regression(xs, ys)
print(f"regression: {slope:.6f} {intercept:.6f}")
nd = statistics.NormalDist.from_samples(quantities)
print(nd, round(nd.cdf(10), 6), [round(x, 3) for x in nd.quantiles(4)])

print()
top = sorted(sales, key=lambda s: (-revenue(s), s.id))[:5]
for rank, s in enumerate(top, 1):
    print(f"{rank}. #{s.id:<4}{s.day:%d %b}  {s.region:<6}{s.product:<10}{s.qty:>3} x {s.unit_price:>6.2f} = {revenue(s):>8.2f}")

combos = Counter((s.region, s.product) for s in sales)
missing = [c for c in cartesian(REGIONS, PRODUCTS) if c not in combos]
print("combos:", len(combos), "missing:", missing, "rarest:", min(combos.items(), key=lambda kv: (kv[1], kv[0])))
print(list(starmap(lambda a, b: a * b, [(s.qty, 2) for s in sales[:6]])))
print(list(zip_longest("abc", range(5), fillvalue="-")))
settings = ChainMap({"currency": "EUR"}, {"currency": "USD", "decimals": 2})
print(settings["currency"], settings["decimals"], len(settings), settings.maps[1])

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
w.writerow(["region", "revenue", "note"])
for region in sorted(by_region):
    w.writerow([region, round(sum(map(revenue, by_region[region])), 2), 'has "quotes", commas'])
print(repr(out.getvalue()[:120]))
summary = {"regions": {r: len(v) for r, v in sorted(by_region.items())}, "rejected": dict(sorted(rejected.items())),
           "total": round(sum(map(revenue, sales)), 2)}
print(json.dumps(summary, indent=2)[:300])
print(json.dumps([1.0, 1e20, 1e-7, float("inf")], allow_nan=True), itemgetter(0, 2)(months))
