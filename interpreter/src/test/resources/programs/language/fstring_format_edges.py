# f-strings: nested format specs, = self-documenting expressions, conversions, alignment and
# fill, numbers (thousands, sign, precision, percent, hex/octal/binary with #), dates, and
# format()/str.format/% side by side.
import datetime

name, value, width, prec = "pi", 3.14159265, 12, 3
print(f"{name!r:>{width}}|{value:{width}.{prec}f}|{value:<{width}.{prec + 2}e}|")
print(f"{value=}", f"{value = :.2f}", f"{name=!s}", f"{1 + 2 = }")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'fill':*^10}|{'x':-<5}|")
n = 1234567.891
print(f"{n:,}", f"{n:_.2f}", f"{n:,.0f}", f"{int(n):_x}", f"{-n:+.1f}", f"{n: .1f}")
print(f"{0.25:.1%}", f"{42:08.3f}", f"{-42:08d}", f"{42:=+8}", f"{42:^+8}")
print(f"{255:#x}", f"{255:#X}", f"{255:#o}", f"{5:#b}", f"{255:x}", f"{65:c}", f"{255:#010x}")
print(f"{1e10:g}", f"{1e-5:g}", f"{123456789:g}", f"{0.0001234:.2g}", f"{1.5:G}", f"{float('inf'):f}")
print(f"{3:n}", f"{12.5:n}", f"{1/3:.3}", f"{10/4}", f"{2.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}")
d = datetime.date(2024, 3, 9)
print(f"{d:%Y-%m-%d}", f"{d:%d %b %Y}", f"{d!r}", f"{d}")
items = {"a": 1}
print(f"{items['a']}", f'{items["a"]}', f"{'nested ' + f'{1+1}'}", f"{{literal}} {{{value:.1f}}}")
print(f"{[x * 2 for x in range(3)]}", f"{(lambda q: q * 2)(4)}", f"{'a' if value > 3 else 'b'}")
print(f"{'tab':\t^9}|", f"{3.0!s:>5}", f"{'é'!a}", f"{b'x'!r}")
print(format(0.5, ".0%"), format(-0.0, "f"), format(12, "5"), format("s", "5"), format(True, "d"), format(True))
print("{:>{w}}|{:<{w}}|".format("a", "b", w=4), "{0}{1}{0}".format("x", "y"), "{n:{f}}".format(n=3.1, f="08.3f"))
print("%5.1f|%-5d|%05d|%x|%o|%e|%s|%r|%%|%c" % (3.14159, 42, 42, 255, 8, 12345.678, "s", "r", 65))
print("%(a)s and %(b)03d" % {"a": "A", "b": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.3s" % "abcdef")
big = 2 ** 70
print(f"{big:,}", f"{big:e}", f"{-big:x}", f"{big % 1000:03}")
print(f"{'abc':.2}", f"{'abc':>5.2}", f"{12:{'>'}{5}}")
print(repr(f""), f"{''!r}", f"{None}", f"{None!r:>6}")
for spec in ["+", "-", " "]:
    print(f"[{5:{spec}}] [{-5:{spec}}]")
try:
    f"{'x':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{5:.2s}"
except ValueError as e:
    print("ValueError:", e)
