# Splitting a shared budget exactly with fractions and checking it with decimal and float:
# Fraction arithmetic, limit_denominator, as_integer_ratio, mixed-type comparisons, math.fsum
# vs sum, math.isclose tolerances, round half-even, and formatting a ledger table.
import math
from decimal import Decimal, ROUND_HALF_EVEN, getcontext
from fractions import Fraction

shares = {"rent": Fraction(2, 5), "food": Fraction(1, 4), "fun": Fraction(1, 10), "saving": None}
shares["saving"] = 1 - sum(v for v in shares.values() if v is not None)
budget = 3217
print({k: str(v) for k, v in shares.items()}, sum(shares.values()) == 1)
print(f"{'bucket':<8}{'share':>8}{'exact':>14}{'cents':>10}{'float':>12}")
cents_total = 0
for name, sh in shares.items():
    exact = sh * budget
    cents = round(exact * 100)
    cents_total += cents
    print(f"{name:<8}{str(sh):>8}{str(exact):>14}{cents:>10}{float(exact):>12.4f}")
print("cents total", cents_total, budget * 100)
print(Fraction(0.1), Fraction(0.1).limit_denominator(10), (0.1).as_integer_ratio(), Fraction(*(2.75).as_integer_ratio()))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, Fraction(5, 4) > Decimal("1.2"))
print(Fraction(3, 4) + 1, Fraction(3, 4) * 2.0, 2 ** Fraction(2), Fraction(-7, 2) // 1, Fraction(-7, 2) % 1, -Fraction(1, 3), abs(Fraction(-1, 3)))
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(1234, 100), -1))
print(Fraction("3/12"), Fraction(" -1.5e2 "), Fraction(Decimal("0.0625")), Fraction(1, 3).numerator, Fraction(2, 6).denominator)
vals = [0.1] * 10 + [1e16, 1.0, -1e16]
print(sum(vals), math.fsum(vals), sum(map(Fraction, vals)) == Fraction(2) + Fraction(0.1) * 10 - 2 + 1 - 1 + 0 or "exact differs")
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], round(2.675, 2), round(Decimal("2.675"), 2), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_EVEN))
getcontext().prec = 6
print(Decimal(1) / 7, Decimal("3217") * Decimal("0.4"), Decimal(budget) / 3)
print(math.prod([Fraction(1, 2), Fraction(2, 3), Fraction(3, 4)]), math.lcm(4, 6, 10), math.gcd(3217, 100), math.comb(10, 3), math.perm(5, 2))
print(float(Fraction(10**400, 3 * 10**399)), Fraction(10**30 + 1, 10**30) - 1)
for bad in ("1/0", "x", "1.2.3"):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 2) + Decimal("1")
except TypeError as e:
    print("TypeError:", e)
print(Fraction(float("inf")) if False else "skip", Fraction(3, 1).is_integer() if hasattr(Fraction, "is_integer") else "no is_integer")
Fraction(float("nan"))
