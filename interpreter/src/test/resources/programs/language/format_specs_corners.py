# format specs, conversions, = in f-strings, %-formatting with dicts and *
x = 1234567.891
print(f"{x:,.2f}|{x:_.1f}|{x:>15.3e}|{x:<12g}|{x:^14.0f}|{x:+.1%}")
print(f"{42:08b}|{42:#x}|{42:#o}|{255:X}|{-42:=+8d}|{42:c}|{1e100:g}|{0.0001:g}")
print(f"{'hi':*^9}|{'left':<8}|{'r':>3}|{'trunc':.3}")
v = "text"
print(f"{v!r}|{v!s}|{'é'!a}|{v=}|{v = }|{x=:.1f}|{1+2=}")
print("%s %r %a %d %5.2f %-5s| %x %o %e %%" % ("s", "r", "é", 42, 3.14159, "ab", 255, 8, 12345.678))
print("%(name)s is %(age)03d" % {"name": "Al", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("{0}{1}{0}".format("a", "b"), "{:>{w}}".format("x", w=4), "{a[0]}{b.imag}".format(a=[9], b=2j))
print(format(1234, ","), format(0.5, ".0%"), format(3, "03"), format("s", ""), format(-0.0, "+"))
print(f"{3.0:.0f}", f"{2.5:.0f}", f"{-1.5:.0f}", f"{1e16:.0f}", f"{12345.6789:.3g}", f"{0.1:.20f}")
print(f"{True:d}", f"{True}", f"{None!r:>6}", f"{[1,2]!s:<8}|")
print(f"{{literal}}", f"{'nested {}'}", f"{'a' 'b'}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|", f"{'x':{'^'}{w}}|")
print("%c%c" % (72, "i"), "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef", "%i" % 3.9)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    f"{1:,d}" and format("x", "d")
except ValueError as e:
    print("ValueError:", e)
print(f"{1234567:_x}", f"{12345678:_b}"[:10], f"{1e-7}", f"{123456789012345678.0}", f"{1.5e300*1e10}")
print(repr(1e22), repr(1e16), repr(123456789.0), str(0.1 + 0.2), repr(-0.0), 1/3)
