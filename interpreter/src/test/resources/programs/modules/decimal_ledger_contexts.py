# A ledger in Decimal: localcontext precision and rounding modes, quantize for cents, traps
# (DivisionByZero, InvalidOperation, Inexact, Rounded) and the flags they leave, special values,
# Decimal from float and strings, and the reprs and errors a bookkeeper meets.
import decimal
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING

CENT = Decimal("0.01")
items = [("coffee", "3.455", 3), ("bagel", "2.105", 2), ("juice", "4.995", 1)]
total = Decimal(0)
for name, price, qty in items:
    line = Decimal(price) * qty
    print(f"{name:<8}{line:>10} {line.quantize(CENT, ROUND_HALF_UP):>8} {line.quantize(CENT, ROUND_HALF_EVEN):>8} {line.quantize(CENT, ROUND_DOWN):>8}")
    total += line
print(total, total.quantize(CENT), repr(total), total.as_tuple(), total.adjusted())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("123456.789") + 0, ctx.prec)
    ctx.rounding = ROUND_CEILING
    print(Decimal(1) / Decimal(3), -Decimal(1) / Decimal(3))
print(Decimal(1) / Decimal(7), decimal.getcontext().prec)
ctx = decimal.Context(prec=6, traps=[decimal.Inexact])
try:
    ctx.divide(Decimal(1), Decimal(3))
except decimal.Inexact as e:
    print("Inexact:", type(e).__mro__[1].__name__, e.args)
print(ctx.divide(Decimal(1), Decimal(4)), ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
c2 = decimal.Context()
print(c2.divide(Decimal(10), Decimal(3)), c2.flags[decimal.Inexact], c2.flags[decimal.Rounded])
c2.clear_flags()
print(c2.flags[decimal.Inexact])
for a, b in [("1", "0"), ("0", "0"), ("-1", "0")]:
    try:
        print(Decimal(a) / Decimal(b))
    except decimal.DivisionByZero as e:
        print("DivisionByZero", type(e).__name__, isinstance(e, ZeroDivisionError))
    except decimal.InvalidOperation as e:
        print("InvalidOperation", isinstance(e, ArithmeticError))
nt = decimal.Context(traps=[])
print(nt.divide(Decimal(1), Decimal(0)), nt.divide(Decimal(0), Decimal(0)), nt.flags[decimal.DivisionByZero])
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2"), Decimal("1.30") + Decimal("1.20"), Decimal("1e3").normalize(), Decimal("100").normalize())
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN").is_snan(), Decimal("-0"), Decimal("1.000").to_integral_value(), Decimal("2.5").to_integral_value())
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), int(Decimal("-7.9")), float(Decimal("1.1")), Decimal(7).__round__())
print(Decimal("12.345").quantize(Decimal("1e-1")), Decimal("1234.5").quantize(Decimal("1e2")), Decimal("3.14159").scaleb(2))
print(Decimal(10) ** -2, Decimal(2) ** Decimal("0.5"), Decimal("1e-7"), Decimal("123E+5"), Decimal("0.000001"), Decimal("0.0000001"))
print(Decimal("7") % 3, Decimal("-7") % 3, Decimal("-7") // 3, divmod(Decimal("-7"), 3), Decimal(7).compare(Decimal("7.0")))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('1e10'):e}", f"{Decimal('-3.5'):+08.2f}", format(Decimal("12.5"), ".3g"))
print(sorted([Decimal("1.1"), Decimal("1.10"), Decimal("0.9")]), Decimal("1.1") == 1.1, Decimal("1.5") == 1.5, Decimal(1) < 2)
for bad in ["1,000", "abc", ""]:
    try:
        Decimal(bad)
    except decimal.InvalidOperation as e:
        print(repr(bad), type(e).__name__, e.args)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Decimal("1.23").quantize(Decimal("1e-30"))
except decimal.InvalidOperation as e:
    print("InvalidOperation", e.args)
print(decimal.getcontext())
print(Decimal("3.14").as_integer_ratio(), Decimal.from_float(0.25), Decimal((1, (3, 1, 4), -2)), Decimal("5").fma(2, 3))
