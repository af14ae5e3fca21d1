# a money ledger on Decimal: quantize with ROUND_HALF_EVEN vs HALF_UP, context traps, splitting a bill without losing cents, currency formatting with format specs, Fraction cross-checks
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, InvalidOperation, DivisionByZero, Inexact, getcontext
from fractions import Fraction

CENT = Decimal("0.01")
prices = [Decimal("19.995"), Decimal("0.125"), Decimal("2.675"), Decimal("1.005"), Decimal("-0.5")]
for p in prices:
    print(p, p.quantize(CENT, ROUND_HALF_EVEN), p.quantize(CENT, ROUND_HALF_UP), p.quantize(Decimal(1), ROUND_DOWN), round(p, 1))

def split(total, n):
    base = (total / n).quantize(CENT, ROUND_DOWN)
    shares = [base] * n
    remainder = int((total - base * n) / CENT)
    for i in range(remainder):
        shares[i] += CENT
    return shares
for total, n in ((Decimal("100.00"), 3), (Decimal("10"), 7), (Decimal("0.05"), 2)):
    s = split(total, n)
    print(total, n, s, sum(s) == total)

ledger = [("rent", Decimal("-1200.00")), ("salary", Decimal("3500.50")), ("coffee", Decimal("-3.75")), ("refund", Decimal("12.3"))]
balance = Decimal(0)
for name, amount in ledger:
    balance += amount
    print(f"{name:<8}{amount:>12,.2f}{balance:>12,.2f}")
print(f"{balance:+.2f} {balance:e} {balance:.3g} {Decimal('1234567.891'):,} {Decimal('0.000012'):.2%}")
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except Inexact as e:
        print("Inexact trapped", type(e).__mro__[1].__name__)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / Decimal(0), Decimal(-1) / Decimal(0))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))
try:
    Decimal(0) / Decimal(0)
except InvalidOperation as e:
    print("InvalidOperation")
print(Decimal("1.30") == Decimal("1.3"), Decimal("1.30").as_tuple(), Decimal("1.30").normalize(), Decimal(0.1).as_integer_ratio() == (0.1).as_integer_ratio())
print(Decimal("7.325").quantize(CENT), getcontext().prec, Decimal("9.99").scaleb(2), Decimal("12.5").to_integral_value(), Decimal("-12.5").to_integral_value(ROUND_HALF_UP))
print(sum(Fraction(p) for p in prices), Fraction(Decimal("0.125")), float(Decimal("19.995")), Decimal("3") ** Decimal("0.5"))
print(Decimal("1e-7"), Decimal("123E+4"), Decimal("0E-10"), Decimal(-0.0), Decimal("inf") > 10**100, Decimal("nan").compare(Decimal(1)))
try:
    Decimal("nan") < 1
except InvalidOperation:
    print("nan comparison signals")
print(max(Decimal("1.0"), Decimal("1")), min(Decimal("2"), 1.5), Decimal(5) % Decimal(-3), Decimal(-5) // Decimal(3), divmod(Decimal(-7), Decimal(2)))
