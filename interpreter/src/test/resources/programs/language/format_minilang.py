# Corners of the format mini-language: fill/align/sign/#/0/width/grouping/precision/type per type.
vals = [0, 7, -7, 1234567, 3.14159, -0.0, 1e-7, 1e16, float("nan"), float("-inf"), True, 2 + 3j]
specs = ["", "5", "<6", "^7", ">+8", "=+9", "08", "#x", "#o", "#b", ",", "_", ".2f", ".3e", ".4g",
         "%", ".1%", "n", "c", "*^9.1f", "+.0f", " .2f", "#.0f", "#.3g", "010.3f"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("E:" + type(e).__name__)
    print(repr(v), "|".join(row))
print(format("text", "*<10"), format("text", ".2"), format("text", ">{}".format(7)), format("ü", "^5"))
print("{:{fill}{align}{width}}".format("nest", fill="-", align="^", width=12))
print("{0!r:>10}|{0!s:<8}|{0!a}".format("é"))
print("{a[0]} {a[1]:>3} {b.real} {c[key]}".format(a=[1, 2], b=3j, c={"key": "v"}))
print("{{literal}} {0:{1}.{2}f}".format(3.14159, 10, 3))
for bad in ["{:d}".format, "{:s}".format, "{:,s}".format]:
    try:
        print(bad(1.5))
    except ValueError as e:
        print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:=}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    "{x".format(x=1)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:,_}".format(1)
except ValueError as e:
    print("ValueError:", e)
print(f"{12345.6789:,.2f} {0.000123:.2e} {123456789:,d} {255:08b} {3:>0{5}} {-3:^+7}")
print(f"{'x'!r:5}|{1e100:g}|{1e-5:g}|{123.0:g}|{1e15:.0f}|{2**0.5:.15g}|{0.1+0.2!r}")
print(format(1.5, "z.0f") if False else "-", format(-0.0, ".1f"), format(-1e-10, ".1f"))
print(format(10 ** 20, "e"), format(1 / 3, ".30f"), format(2.5, ".0f"), format(3.5, ".0f"))
