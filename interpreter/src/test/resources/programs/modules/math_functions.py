# math: constants and common functions.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(2), math.isqrt(17), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.factorial(20), math.gcd(48, 180), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.sin(0), math.cos(math.pi), round(math.tan(math.pi / 4), 12), math.degrees(math.pi))
print(math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3))
print(math.copysign(1, -0.0), math.fabs(-3), math.fmod(-7, 3), math.modf(3.25), math.frexp(8.0))
print(math.isfinite(1e308), math.isinf(math.inf), math.isnan(math.nan), math.prod([1, 2, 3, 4]))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
