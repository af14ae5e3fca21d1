# float.hex and float.fromhex (exact, subnormals, rounding half to even, errors), as_integer_ratio
# and is_integer.
for x in (1.5, 0.1, -2.0, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("nan")):
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
print(float.fromhex("0x1.8p1"), float.fromhex(" -0X1.FFFFFFFFFFFFFP+1023 "), float.fromhex("1p-1074"), float.fromhex("0x.8"))
print(float.fromhex("0x1.00000000000008p0"), float.fromhex("0x1.00000000000018p0"), float.fromhex("0x1p-1075"),
      float.fromhex("0x3p-1076"), float.fromhex("ff"), float.fromhex("Infinity"), float.fromhex("-nan"))
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1e20).as_integer_ratio(),
      (5e-324).as_integer_ratio()[0], (0.0).as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer(), (1e300).is_integer())
class F(float):
    pass
print(type(F.fromhex("0x1p0")).__name__, F.fromhex("0x1p0"), (3.5).real, (3.5).imag, (3.5).conjugate())
for bad in (lambda: float.fromhex("0x1p1024"), lambda: float.fromhex("0xg"), lambda: float.fromhex(""),
            lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio()):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
