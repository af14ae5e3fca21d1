# statistics over Fraction and Decimal data: results of the data's own type (exact Fractions;
# Decimals divided in the current context), stdev/pstdev of Decimals correctly rounded to the
# context's precision (a root moved one step by next_plus/next_minus when needed); the float
# functions (fmean, geometric_mean) convert.
import statistics as st
from fractions import Fraction
from decimal import Decimal, localcontext
fr = [Fraction(1, 2), Fraction(1, 3), Fraction(3, 4)]
de = [Decimal("1.1"), Decimal("2.2"), Decimal("3.5")]
for f in (st.mean, st.median, st.variance, st.stdev, st.fmean, st.pvariance, st.pstdev, st.harmonic_mean, st.geometric_mean):
    for data in (fr, de):
        try:
            print(f.__name__, repr(f(data)))
        except Exception as e:
            print(f.__name__, "!", type(e).__name__, e)
for prec in (3, 7, 12):
    with localcontext() as ctx:
        ctx.prec = prec
        print(prec, st.mean(de), st.stdev(de), st.pstdev([Decimal(2), Decimal(3), Decimal(7)]), st.variance(de))
print(st.mean([Fraction(1, 3), 1, 2]), st.mean([Decimal("0.5"), 1]), st.median([Fraction(1, 4), Fraction(3, 4)]))
with localcontext() as ctx:
    ctx.prec = 4
    for v in ("1", "-1", "9.999", "1000", "0", "-0.001", "12345"):
        d = Decimal(v)
        print(v, d.next_plus(), d.next_minus())
print(Decimal("Infinity").next_minus(), Decimal("-Infinity").next_plus(), Decimal("NaN").next_plus())
