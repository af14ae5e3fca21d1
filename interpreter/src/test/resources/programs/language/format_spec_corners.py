# The format-spec mini-language's corners: fill/align, sign, #, 0, grouping, precision, types.
values = [0, 7, -42, 1234567, 2**40]
for v in values:
    print(f"{v:>10}|{v:<10}|{v:^10}|{v:+d}|{v: d}|{v:,}|{v:_}|{v:#x}|{v:#o}|{v:#b}|{v:010}")
floats = [0.0, -0.0, 1.5, 2.5, -1234.5678, 1e-7, 1e16, 3.141592653589793, float("inf"), float("nan")]
for f in floats:
    print(f"{f}|{f:.2f}|{f:10.3e}|{f:g}|{f:.3g}|{f:%}|{f:,.2f}|{f:+.1f}|{f:=+12.2f}|{f:*^14.4}")
print(f"{'text':*>10}|{'text':.<10}|{'text':^11}|{'truncate':.3}|{'x':=^5}")
print(format(255, "X"), format(255, "#X"), format(255, "08b"), format(-255, "#010x"))
print(format(1234.5, "n"), format(1234, "n"), format(0.000012345, "n"))
print(format(12345.6789, "_.2f"), format(1e21, ".0f"), format(123456789, ",d").replace(",", "."))
print("{:{fill}{align}{width}}".format("nested", fill="~", align="^", width=12))
print("{0:>{1}} {0:<{1}}|".format("ab", 5))
print(f"{3+4j:.2f} {complex(1, -1):>12} {1j:g}")
print(f"{True:d} {True:>5} {False!s:>6} {None!r:>6}")
from decimal import Decimal
print(f"{Decimal('1.2345'):.2f} {Decimal('-0'):+} {Decimal('123456.7'):,}")
for spec in ["=10d", "x<8", "^#10x", "-", "+08.3f", "c"]:
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
for bad in ["s", ",x", "=s"]:
    try:
        print(format(5 if bad != "=s" else "s", bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(f"{12:#_b} {0.5:.0%} {float('-inf'):010}")
