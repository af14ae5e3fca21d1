# decimal: exp, ln, log10 correctly rounded (half-even whatever the context's rounding), logb and
# scaleb, power with fractional exponents as libmpdec computes it (exact results padded, Inexact),
# the exponent limits (Overflow by rounding mode, Underflow, Subnormal, Clamped with clamp=1), the
# conditions of one operation raised together, and the remaining Decimal and Context operations:
# fma, next_toward, number_class, the total order, max/min_mag, logical ops, rotate and shift.
from decimal import *


def flags(ctx):
    names = sorted(s.__name__ for s, on in ctx.flags.items() if on)
    ctx.clear_flags()
    return names


ctx = Context(prec=12, traps=[])
for x in ("2", "10", "0.5", "1.0000001", "1E-30", "123456.789", "-3"):
    d = Decimal(x)
    print(x, ctx.exp(d), ctx.ln(d), ctx.log10(d), ctx.logb(d), flags(ctx))
for r in (ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING):
    c = Context(prec=6, rounding=r)
    print(r, c.exp(Decimal(1)), c.ln(Decimal(3)), c.log10(Decimal(7)), c.sqrt(Decimal(2)))
print(ctx.log10(Decimal("1000")), ctx.log10(Decimal("0.001")), ctx.ln(Decimal(1)), ctx.exp(Decimal(0)), flags(ctx))
print(ctx.ln(Decimal(0)), ctx.logb(Decimal(0)), ctx.exp(Decimal("-Infinity")), flags(ctx))
for a, b in (("4", "0.5"), ("2", "0.5"), ("8", "-1.5"), ("1.21", "0.5"), ("9", "2.5"), ("27", "0.333333333333"),
             ("3", "40"), ("3", "-7"), ("1.0", "3"), ("1.0", "0.5"), ("-2", "3"), ("0", "-2"), ("10", "1E30")):
    print(a, "**", b, ctx.power(Decimal(a), Decimal(b)), flags(ctx))
for r in (ROUND_DOWN, ROUND_UP):
    c = Context(prec=10, rounding=r)
    print(r, c.power(Decimal(4), Decimal("0.5")), c.power(Decimal(100), Decimal("-0.5")))
print(Decimal("7.50").scaleb(-3), Decimal(1).scaleb(Decimal("2E0")), ctx.scaleb(Decimal(1), Decimal("2.5")), flags(ctx))

# exponent limits
small = Context(prec=5, Emax=10, Emin=-10, traps=[])
for r in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR):
    small.rounding = r
    print(r, small.multiply(Decimal("9E+8"), Decimal("1E+5")), small.multiply(Decimal("-9E+8"), Decimal("1E+5")), flags(small))
small.rounding = ROUND_HALF_EVEN
print(small.create_decimal("1.23456E-12"), flags(small), small.create_decimal("1E-16"), flags(small))
print(small.exp(Decimal(30)), small.exp(Decimal(-27)), flags(small))
small.clamp = 1
print(small.create_decimal("1E+10"), small.create_decimal("0E+20"), flags(small))
trapping = Context(prec=5, Emax=10, Emin=-10, traps=[Overflow, Inexact, Underflow, Subnormal])
for f in (lambda: trapping.exp(Decimal(30)), lambda: trapping.exp(Decimal(-27)),
          lambda: trapping.create_decimal("1E-14"), lambda: Decimal(1) / Decimal(0)):
    try:
        f()
    except DecimalException as e:
        print(type(e).__name__, e)

# the other operations
print(ctx.fma(Decimal(2), Decimal(3), Decimal("0.5")), Decimal("1E-30").fma(Decimal("1E-30"), Decimal(1)))
print(ctx.next_toward(Decimal(1), Decimal(2)), ctx.next_toward(Decimal(1), Decimal(0)), ctx.next_toward(Decimal(1), Decimal("1.0")))
print([Decimal(x).number_class() for x in ("0", "-0", "1", "-Inf", "NaN", "sNaN", "1E-999999", "-1E-1000005")])
print(Decimal("1.0").compare_total(Decimal("1")), Decimal("-NaN").compare_total(Decimal("-sNaN")), Decimal("2").compare_total_mag(Decimal("-3")))
print(ctx.max(Decimal("NaN"), Decimal(3)), ctx.min(Decimal(1), Decimal("1.00")), ctx.max_mag(Decimal(-5), Decimal(4)), ctx.min_mag(Decimal(-5), Decimal(5)))
print(ctx.compare_signal(Decimal(1), Decimal(2)), ctx.compare_signal(Decimal("NaN"), Decimal(1)), flags(ctx))
print(ctx.logical_and(Decimal(1100), Decimal(1010)), ctx.logical_or(Decimal(1100), Decimal(1010)),
      ctx.logical_xor(Decimal(1100), Decimal(1010)), ctx.logical_invert(Decimal(1100)), ctx.logical_and(Decimal(12), Decimal(1)), flags(ctx))
print(ctx.rotate(Decimal(123456789), 3), ctx.rotate(Decimal(123456789), -2), ctx.shift(Decimal(123456789), 4), ctx.shift(Decimal(123456789), -4))
print(ctx.remainder_near(Decimal(10), Decimal(6)), ctx.remainder_near(Decimal(-10), Decimal(3)), ctx.to_integral_exact(Decimal("2.5")), flags(ctx))
print(Decimal("3.0").same_quantum(Decimal("1.1")), Decimal(5).is_normal(), Decimal("1E-1000000").is_subnormal(), Decimal(1).radix(), Decimal(7).canonical())
print(ctx.divmod(7, 3), ctx.copy_sign(Decimal(5), Decimal(-1)), ctx.to_sci_string(Decimal("1E+3")), ctx.to_eng_string(Decimal("1E+4")))
print(ctx.next_plus(Decimal(0)), ctx.next_minus(Decimal("Infinity")), Context(prec=2).next_minus(Decimal("57E-1000004")))
print(Decimal("-0").sqrt(), ctx.power(Decimal(2), Decimal(10), Decimal(1000)), ctx.quantize(Decimal("0E-22"), Decimal("1E+10")), flags(ctx))
