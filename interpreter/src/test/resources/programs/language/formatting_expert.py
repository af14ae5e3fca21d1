# __format__, nested f-strings, =, !r/!s/!a, format specs, format_map, % corners
import datetime
from decimal import Decimal
from fractions import Fraction

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or ".1f") + "°F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] or ".1f") + "°C"
        return format(self.c, spec)
    def __repr__(self):
        return f"Temp({self.c})"
    def __str__(self):
        return f"{self.c} degrees"

t = Temp(21.5)
print(f"{t:F} {t:.3C} {t:>10} {t!r} {t!s:>15} {t=} {t = !s} {t=:C}")
width, prec = 12, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}] [{val:<{width}.{prec}e}] [{val:^{width}}] [{val:+0{width}.2%}]")
print(f"{'nested ' + f'{val:.{prec - 1}f}'!r}")
items = {"apple": 3, "kiwi": 12}
print(f"{', '.join(f'{k}={v:03}' for k, v in items.items())}")
print(f"{1_000_000:,} {1_000_000:_} {0xdeadbeef:_x} {255:#010b} {255:#o} {-255:#X} {65:c}")
print(f"{3.0:g} {1e16:g} {1e-5:g} {123456789.0:g} {0.0001234:.2g} {1.5e300*1e10} {-0.0:+}")
print(f"{'x':*^9} {'left':<8}| {'right':>8}| {42:=+8} {-42:=08}")
print(f"{True:d} {True} {None!r:>6} {'é'!a} {'tab	'!r}")
print(f"{Decimal('1.2345'):.2f} {Decimal('1e10'):,} {Fraction(1, 3)!s} {Fraction(3, 4)}")
d = datetime.date(2024, 2, 29)
print(f"{d:%Y/%m/%d %a} {d!r} {datetime.time(7, 5):%H:%M}")
print(f"{{literal}} {{{val:.1f}}}")
print(f"{'a' 'b'} {'multi'} {3+4j:.2f} {(1, 2)} {[1, 2]!r:>10}")
x = 5
print(f"{x if x > 3 else 0} {(lambda: 7)()} {x:{'>' if x else '<'}{x}}")

print("{0}{1}{0}".format("ab", "cd"), "{name:>{w}}".format(name="z", w=4), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}))
print("{.real} {.imag}".format(3 + 4j, 3 + 4j), "{!r:^9}".format("q"), "{:%}".format(0.25))

class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("Hello {name}, you owe {amount:.2f} {currency}".format_map(Default(name="Ann", amount=12.5)))
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    format(1, "z")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(3.5, ",d")
except ValueError as e:
    print(e)
print("%s %r %a %5d|%-5d|%05.1f %x %o %e %c %%" % ("s", "r", "ä", 42, 42, 3.14159, 255, 8, 12345.678, 65))
print("%(a)s-%(b)04d" % {"a": "A", "b": 7}, "%*d|%-*.*f" % (5, 1, 8, 2, 3.14159), "%.3s" % "abcdef")
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (1, 2), "%i %u" % (3, 4), "%g %G" % (1e20, 1e-20))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", 5), ("%z", 1), ("%c", 1234567)]:
    try:
        bad[0] % bad[1]
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x %c" % (b"by", 5, 255, 65), b"%b" % b"x", b"%a" % "é")
print(format(1234.5678, "_.2f"), format(-1e-7, ".3"), format(12345, ".2e"), format(float("inf"), "010"), format(float("nan"), "+"))
print(format(123, ""), format(1.0, ""), format(1e50, ""), str(1e16), repr(1e15), 1e22, 123456789012345678.0)
