# A recipe scaler in Fractions: mixed numbers parsed and printed, scaling by servings, unit conversion, limit_denominator for measuring cups, ordering and hashing with floats
from fractions import Fraction
import math
import re

RECIPE = """pancakes, serves 4
1 1/2 cup flour
3/4 cup milk
2 egg
1/8 tsp salt
2 1/4 tbsp sugar
0.5 tsp vanilla
"""

def parse_qty(text):
    m = re.fullmatch(r"(?:(\d+) )?(\d+)/(\d+)|(\d+(?:\.\d+)?)", text)
    if not m:
        raise ValueError(f"bad quantity {text!r}")
    if m[4]:
        return Fraction(m[4])
    return Fraction(int(m[1] or 0)) + Fraction(int(m[2]), int(m[3]))

def mixed(q):
    whole, rest = divmod(q, 1)
    if rest == 0:
        return str(whole)
    return f"{whole} {rest}" if whole else str(rest)

lines = RECIPE.splitlines()
title, serves = re.match(r"(\w+), serves (\d+)", lines[0]).groups()
items = []
for line in lines[1:]:
    qa, qb, *rest = line.split(" ")
    if "/" in qb:
        q, unit, name = parse_qty(qa + " " + qb), rest[0], " ".join(rest[1:])
    else:
        q, unit, name = parse_qty(qa), qb, " ".join(rest)
    items.append((q, unit, name))
for target in (2, 6, 10):
    factor = Fraction(target, int(serves))
    print(f"{title} for {target} (x{factor}):")
    for q, unit, name in items:
        print(f"  {mixed(q * factor):>8} {unit:4} {name}")
TSP = {"tsp": 1, "tbsp": 3, "cup": 48}
total_tsp = sum(q * TSP[u] for q, u, _ in items if u in TSP)
print("total teaspoons:", total_tsp, float(total_tsp), mixed(total_tsp / 48), "cups")
third = Fraction(1, 3)
print(third + Fraction(1, 6), third * 3 == 1, third ** 2, third ** -2, 2 ** Fraction(1, 2), Fraction(9, 4) ** Fraction(1, 2))
print(Fraction("3.1415").limit_denominator(100), Fraction(math.pi).limit_denominator(1000), Fraction(0.1).limit_denominator(10))
print(Fraction(-7, 3).__floor__(), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), math.trunc(Fraction(-7, 2)))
print(Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), sorted([Fraction(2, 3), 0.6, 1, Fraction(1, 2)]))
print(Fraction(3, 4).as_integer_ratio(), Fraction(6, -8), Fraction(" -12/18 "), Fraction("1e-3"), repr(Fraction(5)))
print(f"{float(Fraction(2, 3)):.4f}", Fraction(2, 3) < 0.67, divmod(Fraction(7, 2), Fraction(1, 3)), Fraction(7, 2) % 1)
for bad in ("1/0", "one", "1.5/2"):
    try:
        print(Fraction(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    parse_qty("a lot")
except ValueError as e:
    print("ValueError:", e)
print(Fraction(1, 0))
