# Money with decimal: quantize with each rounding mode, local contexts and precision, traps and flags, tax splits that add up, formatting, and Fraction cross-checks.
import decimal
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_05UP, localcontext
from fractions import Fraction

CENT = Decimal("0.01")
lines = [("Widget", Decimal("19.995"), 3), ("Gadget", Decimal("4.125"), 7), ("Service", Decimal("120"), 1)]
subtotal = sum((price * qty for _, price, qty in lines), Decimal(0))
print("subtotal", subtotal, subtotal.quantize(CENT), subtotal.quantize(CENT, rounding=ROUND_HALF_EVEN))
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_05UP, decimal.ROUND_FLOOR, decimal.ROUND_UP, decimal.ROUND_HALF_DOWN):
    print(f"{mode:<16}", [str(Decimal(x).quantize(CENT, rounding=mode)) for x in ("2.345", "-2.345", "2.355", "2.3501", "2.301")])
rate = Decimal("0.0825")
tax = (subtotal * rate).quantize(CENT, ROUND_HALF_UP)
print("tax", tax, "total", subtotal.quantize(CENT) + tax)

def split(amount, parts):
    base = (amount / parts).quantize(CENT, rounding=ROUND_DOWN)
    shares = [base] * parts
    remainder = int((amount - base * parts) / CENT)
    for i in range(remainder):
        shares[i] += CENT
    return shares
shares = split(Decimal("100.00"), 3)
print(shares, sum(shares))
print(split(Decimal("0.05"), 4), split(Decimal("10"), 7))

with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("123456789") + 0)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
print(Decimal(1) / Decimal(7), decimal.getcontext().prec)
ctx = decimal.Context(prec=5, traps=[decimal.DivisionByZero])
print(ctx.divide(Decimal(10), Decimal(4)), ctx.create_decimal("3.14159265"), ctx.flags[decimal.Rounded])
ctx.clear_flags()
print(ctx.add(Decimal("1.00001"), Decimal(0)), ctx.flags[decimal.Inexact])
try:
    ctx.divide(Decimal(1), Decimal(0))
except decimal.DivisionByZero as e:
    print("DivisionByZero:", type(e).__mro__[1].__name__, e)
strict = decimal.Context(traps=[decimal.Inexact])
try:
    strict.divide(Decimal(1), Decimal(3))
except decimal.Inexact as e:
    print("Inexact:", e)
try:
    Decimal("12.345").quantize(Decimal("1e-30"))
except decimal.InvalidOperation as e:
    print("InvalidOperation:", e)
try:
    Decimal("abc")
except decimal.InvalidOperation as e:
    print("InvalidOperation:", e)
print(Decimal("1.30") == Decimal("1.3"), Decimal("1.30").normalize(), Decimal("1E+2").to_integral_value(), Decimal("-0"))
print(Decimal("7.5").as_tuple(), Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10 ** 100, Decimal("2.5").compare(Decimal("2.50")), Decimal(3).max(Decimal("3.0")))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.000123'):.2e} {Decimal('42'):>10} {Decimal('-3.5'):+08.2f} {Decimal('12.5'):%}")
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), int(Decimal("-7.9")), float(Decimal("0.1")))
print(Decimal(10) ** -2, Decimal(2).ln().quantize(Decimal("1e-10")), Decimal(100).log10(), Decimal("12.5") % 5, Decimal(-7) // 2)
f = Fraction(Decimal("19.995")) * 3 + Fraction(Decimal("4.125")) * 7 + 120
print(f, f == Fraction(subtotal), Fraction(1, 3) + Fraction(1, 6), Fraction("0.125"), Fraction(1.1).limit_denominator(100))
print(Decimal(Fraction(1, 8).numerator) / Fraction(1, 8).denominator, Fraction(3, 4).as_integer_ratio(), round(Fraction(7, 2)))
try:
    Decimal("1.1") + 1.1
except TypeError as e:
    print("TypeError:", e)
print(Decimal("1.1") < 1.2, Decimal(1) == Fraction(1), sum([Decimal("0.1")] * 10) == 1)
Decimal("1") / Decimal("0")
