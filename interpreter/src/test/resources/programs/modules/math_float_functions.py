# math's float functions: exact sums (fsum, hypot, dist), logs with a base and of huge ints,
# modf/frexp/ldexp/fmod/remainder/copysign, isclose, floor/ceil/trunc giving ints, and CPython's
# domain and range errors.
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([math.inf, 1]), math.fsum(range(5)))
print(math.hypot(), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(-5), math.hypot(1e200, 1e200), math.dist((0, 0), (3, 4)))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000, 2), math.log2(2 ** 2000), math.log10(10 ** 400), math.log2(0.5))
print(math.log(math.inf), math.log1p(0.0), math.expm1(0.0), math.exp(0), math.pow(2, 10), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.modf(3.25), math.modf(-3.5), math.modf(math.inf), math.frexp(8.0), math.frexp(0.0), math.frexp(5e-324), math.frexp(-0.3))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, math.inf), math.remainder(7, 2))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-0.0), math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.9), math.floor(1e20), type(math.floor(2.0)).__name__, math.floor(True),
      math.ceil(10 ** 30), math.trunc(7))
print(math.degrees(math.pi / 2), math.radians(180), math.atan2(1, 1), math.sinh(0.0), math.cosh(0.0), math.tanh(0.0),
      math.asinh(0.0), math.acosh(1.0), math.atanh(0.0), math.sqrt(16), math.sqrt(2 ** 200))
class Half:
    def __float__(self):
        return 0.5
print(math.sqrt(Half()), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(10 ** 300))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1.5), lambda: math.log(1, 1), lambda: math.exp(1000),
            lambda: math.pow(0, -1), lambda: math.pow(10, 400), lambda: math.acos(2), lambda: math.fmod(1, 0),
            lambda: math.ldexp(1.0, 2000), lambda: math.ldexp(1.0, 1.5), lambda: math.fsum([math.inf, -math.inf]),
            lambda: math.fsum([1e308, 1e308]), lambda: math.dist([1], [1, 2]), lambda: math.isclose(1, 2, rel_tol=-1),
            lambda: math.sqrt("x"), lambda: math.sqrt(), lambda: math.atan2(1), lambda: math.trunc("x"), lambda: math.cosh(1000),
            lambda: math.sqrt(10 ** 400), lambda: math.atanh(1)):
    try:
        bad()
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
