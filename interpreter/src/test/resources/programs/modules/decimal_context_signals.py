# decimal: the context's repr, flags and traps, the signals a trapped condition raises (with the
# C module's message, a list of conditions), untrapped results (NaN, Infinity), the exception
# hierarchy, and the TypeErrors of mixing with float in arithmetic.
from decimal import *
import decimal

print(getcontext())
print(DefaultContext.prec, BasicContext, ExtendedContext)
ctx = getcontext()
ctx.clear_flags()
print(Decimal(1) / Decimal(3), ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
print(getcontext())
ctx.clear_flags()
Decimal(0.5)
print(ctx.flags[FloatOperation], Decimal(1) < 1.5, ctx.flags[FloatOperation])
ctx.clear_flags()
for op in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("abc"), lambda: Decimal(-4).sqrt(),
           lambda: Decimal("123456").quantize(Decimal("0.1"), context=Context(prec=3)), lambda: Decimal("inf") - Decimal("inf"),
           lambda: Decimal(10) // 0, lambda: Decimal(1) % 0, lambda: Decimal("sNaN") + 1, lambda: Decimal("NaN") < 1]:
    try:
        print(op())
    except DecimalException as e:
        print(type(e).__name__, e, e.args, isinstance(e, ArithmeticError))
with localcontext(ExtendedContext):
    print(Decimal(1) / 0, Decimal(0) / 0, Decimal("abc"), Decimal(-4).sqrt(), getcontext().flags[DivisionByZero])
    print(getcontext())
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionUndefined, ZeroDivisionError),
      issubclass(ConversionSyntax, InvalidOperation), issubclass(Overflow, Inexact), issubclass(FloatOperation, TypeError))
c = Context(prec=6, rounding=ROUND_UP, traps=[DivisionByZero])
print(c)
c.traps[Inexact] = True
try:
    c.divide(Decimal(1), Decimal(7))
except Inexact as e:
    print("Inexact", e)
for bad in [lambda: Decimal([1, 2]),
            lambda: setattr(getcontext(), "prec", 0), lambda: setattr(getcontext(), "rounding", "UP"),
            lambda: Decimal((2, (1,), 0)), lambda: hash(Decimal("sNaN")), lambda: int(Decimal("nan")), lambda: int(Decimal("-inf"))]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(decimal.MAX_PREC, decimal.HAVE_THREADS, ROUND_HALF_EVEN, repr(ROUND_05UP))
