# A payroll run in Decimal: hours and rates quantized to cents with ROUND_HALF_UP, tax brackets, localcontext precision, signals trapped and flagged, totals and a formatted statement
from decimal import (Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, getcontext,
                     InvalidOperation, DivisionByZero, Inexact, Rounded, Context, DecimalException)

CENT = Decimal("0.01")
BRACKETS = [(Decimal("1000"), Decimal("0.10")), (Decimal("3000"), Decimal("0.20")), (None, Decimal("0.35"))]

staff = [("Ann", "38.5", "24.375"), ("Bo", "42", "19.99"), ("Cy", "10.25", "31.10"), ("Di", "0", "50")]

def gross(hours, rate):
    h, r = Decimal(hours), Decimal(rate)
    base = min(h, Decimal(40)) * r
    overtime = max(h - 40, Decimal(0)) * r * Decimal("1.5")
    return (base + overtime).quantize(CENT, rounding=ROUND_HALF_UP)

def tax(amount):
    owed, lower = Decimal(0), Decimal(0)
    for upper, rate in BRACKETS:
        top = amount if upper is None else min(amount, upper)
        if top > lower:
            owed += (top - lower) * rate
        if upper is None or amount <= upper:
            break
        lower = upper
    return owed.quantize(CENT, rounding=ROUND_HALF_EVEN)

rows = []
for name, hours, rate in staff:
    g = gross(hours, rate)
    t = tax(g)
    rows.append((name, g, t, g - t))
print(f"{'name':6}{'gross':>10}{'tax':>9}{'net':>10}")
for name, g, t, n in rows:
    print(f"{name:6}{g:>10,.2f}{t:>9}{n:>10}")
tot = [sum(col, Decimal(0)) for col in list(zip(*rows))[1:]]
print(f"{'total':6}{tot[0]:>10,.2f}{tot[1]:>9}{tot[2]:>10}")
print("split 100 three ways:", [(Decimal(100) / 3).quantize(CENT, rounding=r) for r in (ROUND_HALF_UP, ROUND_DOWN)])
with localcontext() as ctx:
    ctx.prec = 5
    print("prec 5:", Decimal(1) / Decimal(7), Decimal("123456.789") + 0, ctx.flags[Inexact], ctx.flags[Rounded])
print("prec default:", getcontext().prec, Decimal(1) / Decimal(7))
strict = Context(prec=10, traps=[Inexact, DivisionByZero, InvalidOperation])
for op in (lambda: strict.divide(Decimal(1), Decimal(3)), lambda: strict.divide(Decimal(1), Decimal(0)),
           lambda: strict.sqrt(Decimal(-1)), lambda: strict.divide(Decimal(10), Decimal(4))):
    try:
        print("ok:", op())
    except DecimalException as e:
        print(type(e).__name__, [c.__name__ for c in type(e).__mro__[1:4]])
loose = Context(prec=6, traps=[])
print(loose.divide(Decimal(1), Decimal(0)), loose.sqrt(Decimal(-4)), sorted(k.__name__ for k, v in loose.flags.items() if v))
d = Decimal("1234.5678")
print(d.as_tuple(), d.adjusted(), d.quantize(Decimal("1e2")), d.to_integral_value(), d.normalize(), Decimal("1.2300").normalize())
print(f"{d:.2e} {d:+.1f} {d:_>14.3f} {Decimal('0.000012'):%}", Decimal("NaN").is_nan(), Decimal("-0") == 0)
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal(2).sqrt(), Decimal(10).ln().quantize(Decimal("1e-6")))
print(Decimal("7").compare(Decimal("7.0")), max(Decimal("1.10"), Decimal("1.1")), Decimal(5) % 3, Decimal(-5) // 3)
try:
    Decimal("12,5")
except InvalidOperation as e:
    print("InvalidOperation:", e)
try:
    Decimal("1.005").quantize(Decimal("0.01"), context=Context(traps=[Inexact]))
except Inexact as e:
    print("Inexact raised", type(e).__name__)
print(Decimal(1) / 0)
