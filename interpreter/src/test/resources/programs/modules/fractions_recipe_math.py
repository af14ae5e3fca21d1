# Fractions in a recipe scaler and a probability table: construction from strs, floats and
# Decimals, limit_denominator, arithmetic with ints and floats, comparisons, formatting,
# rounding, as_integer_ratio, and the errors of bad input.
from fractions import Fraction as F
from decimal import Decimal
import math

recipe = {"flour": "2 1/4", "sugar": "3/4", "butter": "1/2", "salt": "1/8"}
def parse(q):
    parts = q.split()
    return sum((F(p) for p in parts), F(0))
for factor in (F(2, 3), F(3, 2), 3):
    scaled = {k: parse(v) * factor for k, v in recipe.items()}
    out = []
    for k, v in scaled.items():
        whole, rest = divmod(v, 1)
        out.append(f"{k}={whole} {rest}" if whole and rest else f"{k}={v}")
    print(factor, "|", ", ".join(out))
print(F("3.1415"), F("-7/21"), F(" 10/4 "), F("1e-3"), F(0.1), F(0.5), F(Decimal("1.25")), F(3, -6))
print(F(0.1).limit_denominator(100), F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(7), F(1, 3).limit_denominator(2))
a, b = F(5, 6), F(7, 10)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -2, 4 ** F(1, 2), F(4) ** F(1, 2), a ** F(2))
print(a + 1, 1 - a, a * 0.5, 2 / a, a == F(10, 12), a > b, a < 0.9, a == 5 / 6, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5))
print(round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 3), math.floor(F(-7, 3)), math.ceil(F(-7, 3)), math.trunc(F(-7, 3)), int(F(7, 3)))
print(float(F(1, 3)), F(1, 3).numerator, F(6, 4).denominator, F(6, 4).as_integer_ratio(), F(5).is_integer() if hasattr(F, "is_integer") else "n/a")
print(repr(F(3, 4)), str(F(4, 1)), f"{float(F(1, 7)):.5f}", sorted([F(1, 3), F(1, 4), 0.3, 1]), sum([F(1, n) for n in range(1, 7)]))
dice = {}
for x in range(1, 7):
    for y in range(1, 7):
        dice[x + y] = dice.get(x + y, 0) + F(1, 36)
print([f"{k}:{v}" for k, v in sorted(dice.items())], sum(dice.values()))
print(max(dice.values()), min(dice, key=dice.get), sum(k * p for k, p in dice.items()))
for bad in ["1/0", "abc", "1.2/3", "3/ 4"]:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ("1", 2)]:
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    F(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
print(F(1, 3) + Decimal(1) if False else "skip", F(2, 3).__floor__(), divmod(F(7, 2), F(2, 3)), F(-1, 2) ** 3, (-8) ** F(1, 3) == (-8) ** (1 / 3))
print(math.gcd(12, 18), F(12, 18), F(2**64, 3**40))
