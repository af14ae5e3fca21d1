# Invoices in Decimal: quantize with ROUND_HALF_UP vs the default ROUND_HALF_EVEN, localcontext
# precision, traps (Inexact, DivisionByZero, InvalidOperation), tax allocation that sums exactly,
# formatting with thousands separators, and Fraction for exact shares.
from decimal import (Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING,
                     localcontext, getcontext, Context, Inexact, DivisionByZero, InvalidOperation)
from fractions import Fraction

CENT = Decimal("0.01")
lines = [("Consulting", Decimal("12.5"), Decimal("120.00")), ("Licence", 3, Decimal("199.99")),
         ("Travel", 1, Decimal("842.155")), ("Discount", 1, Decimal("-50"))]
TAX = Decimal("0.0825")
subtotal = Decimal(0)
print(f"{'item':<12}{'qty':>6}{'price':>10}{'amount':>12}")
for name, qty, price in lines:
    amount = (Decimal(qty) * price).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += amount
    print(f"{name:<12}{qty!s:>6}{price:>10,.2f}{amount:>12,.2f}")
tax = (subtotal * TAX).quantize(CENT, ROUND_HALF_UP)
print(f"{'subtotal':<28}{subtotal:>12,.2f}\n{'tax 8.25%':<28}{tax:>12,.2f}\n{'total':<28}{subtotal + tax:>12,.2f}")
for v in ("2.345", "2.355", "-2.345", "2.5", "3.5"):
    d = Decimal(v)
    print(v, d.quantize(CENT), d.quantize(CENT, ROUND_HALF_UP), d.quantize(Decimal(1), ROUND_HALF_EVEN),
          d.quantize(CENT, ROUND_DOWN), d.quantize(Decimal("0.1"), ROUND_CEILING))

def allocate(total, weights):
    total_w = sum(weights)
    raw = [total * w / total_w for w in weights]
    shares = [r.quantize(CENT, ROUND_DOWN) for r in raw]
    left = int((total - sum(shares)) / CENT)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - shares[i], reverse=True)
    for i in order[:left]:
        shares[i] += CENT
    return shares

parts = allocate(Decimal("100.00"), [1, 1, 1])
print(parts, sum(parts))
print(allocate(Decimal("10.00"), [3, 2, 2]))

print(getcontext().prec, Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, +Decimal("1.23456789"))
    ctx.rounding = ROUND_HALF_UP
    print(Decimal("2.5").to_integral_value(), Decimal("1.000005") * 1)
ctx = Context(prec=10, traps=[Inexact])
try:
    ctx.divide(Decimal(1), Decimal(3))
except Inexact as e:
    print("Inexact trapped:", type(e).__mro__[1].__name__)
print(ctx.divide(Decimal(1), Decimal(4)))
for expr in ("Decimal(1) / 0", "Decimal(0) / 0", "Decimal('abc')", "Decimal('1.5').quantize(Decimal('1e-30'))",
             "Decimal('inf') - Decimal('inf')", "int(Decimal('nan'))", "Decimal(1.1)"):
    try:
        print(expr, "=", eval(expr))
    except (DivisionByZero, InvalidOperation, ValueError, ArithmeticError) as e:
        print(expr, "->", type(e).__name__, e)
c2 = Context(traps=[])
print(c2.divide(Decimal(1), 0), c2.flags[DivisionByZero], c2.sqrt(Decimal(-1)))
print(Decimal("1234567.891").normalize(), Decimal("1.200").normalize(), Decimal("100").normalize(), Decimal("-0.00"))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.000123'):.2e} {Decimal('12.5'):%} {Decimal('-3'):+08.3f}")
print(Decimal("1.30").as_tuple(), Decimal("7.000").adjusted(), Decimal(10).sqrt(), Decimal(2).ln().quantize(Decimal("1e-6")))
print(sum(Decimal("0.10") for _ in range(10)), sum(0.10 for _ in range(10)))

share = Fraction(1, 3)
print(share * 3 == 1, Fraction("0.125"), Fraction(Decimal("1.1")), Fraction(1.1).limit_denominator(100),
      Fraction(7, -21), float(Fraction(1, 3)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(Fraction(3, 4) ** 2, Fraction(2) ** Fraction(1, 2), divmod(Fraction(7, 2), Fraction(1, 3)), format(Fraction(1, 3), ""))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
