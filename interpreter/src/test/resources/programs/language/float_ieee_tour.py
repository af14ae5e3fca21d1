# IEEE-754 behaviour as numeric courses demonstrate it: 0.1 + 0.2, float.hex/fromhex round
# trips, as_integer_ratio, math.fsum against sum, isclose tolerances, nextafter and ulp,
# infinities and NaN in comparisons, containers and sorting, signed zeros, round() halves,
# int() and float() of extreme values, and OverflowError/ValueError messages.
import math, sys

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), repr(1/3), 1e16 + 1, 2**53 + 1.0)
for x in [0.1, 1.0, -2.5, 1e-310, sys.float_info.max, sys.float_info.min, 0.0, -0.0]:
    h = x.hex()
    print(f"{x!r:>24} {h:>24} {float.fromhex(h) == x} {x.as_integer_ratio() if x else (0, 1)}")
print(float.fromhex("0x1.8p1"), float.fromhex("-0X.1P-2"), float.fromhex("inf"), float.fromhex("0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"))
for bad in ["0x1p+1024", "0xg", ""]:
    try:
        float.fromhex(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
vals = [1e100, 1.0, -1e100, 1e-100] * 3
print(sum(vals), math.fsum(vals), sum([0.1] * 10), math.fsum([0.1] * 10), math.prod([0.1] * 3))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(1e16), math.ulp(0.0))
inf, nan = float("inf"), float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan)
print(math.isnan(inf - inf), math.isinf(-inf), math.isfinite(nan), nan in [nan], nan is nan, [nan] == [nan], float("nan") in [float("nan")])
print(sorted([3.0, nan, 1.0, 2.0]), max(1.0, nan), max(nan, 1.0), min([2.0, inf, -inf]))
print(-0.0 == 0.0, math.copysign(1, -0.0), str(-0.0), 0.0 * -1, math.atan2(0.0, -0.0), 1 / inf, -1 / inf, repr(-0.0 + 0.0))
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375]:
    print(v, round(v), round(v, 2), round(v, 1), format(v, ".0f"), format(v, ".2f"))
print(round(1234.5678, -2), round(-1234.5678, -1), round(5e-324, 400), round(1e300, -300), round(123, -1), round(125, -1), round(135, -1))
for bad in [inf, nan]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(int(1e20), int(-2.9), int(2.9), float(2**63), 2**63 == float(2**63), 2**53 + 1 == float(2**53 + 1), 10**30 == 1e30, float("  -1_000.5 "), float("1e-400"), float("-1e400"))
print((0.1).is_integer(), (3.0).is_integer(), float.is_integer(-0.0), (7.5).__trunc__(), math.trunc(-7.5), divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, math.fmod(-7.5, 2), math.remainder(7.5, 2))
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.epsilon, sys.float_info.max_10_exp, 1 + sys.float_info.epsilon / 2 == 1)
print(f"{1e-5} {1e16} {1.5e15} {123456789012345678.0} {0.00001234:g} {1e22:g} {1e-4:g} {12345678.9:g} {float('inf'):10.3f}|{nan:+}")
