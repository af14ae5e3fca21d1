# Report tables with the formatting protocols: __format__ with a custom mini-language, nested
# replacement fields in f-strings and str.format (width and precision from variables), `=` with
# format specs and conversions, format_map with a defaultdict-like __missing__, string.Formatter
# subclass, % formatting with dicts and tuples, and the errors of bad specs.
import string
from datetime import date

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return f"{value:{num_spec or '.1f'}}°{unit}"
    def __repr__(self):
        return f"Temperature({self.celsius})"

t = Temperature(21.5)
print(f"{t} {t:F} {t:.0K} {t:>10.2F}|", format(t, "C"), "{:.3F}".format(t))
print(f"{t!r:>20}|{t!s:.5}|")

rows = [("Widget", 3, 4.5), ("Gadget extra long", 12, 19.999), ("Nut", 1000, 0.05)]
w = max(len(r[0]) for r in rows)
for prec in (1, 2):
    for name, qty, price in rows:
        print(f"{name:<{w}} | {qty:>{5},} | {price:>{8}.{prec}f} | {qty * price:>10,.{prec}f}")
print("{0:{fill}{align}{width}}|{1:{fmt}}".format("mid", 3.14159, fill="*", align="^", width=9, fmt=".2e"))
x, name = 41.5, "ann"
print(f"{x=}, {x = :.2f}, {name=!r}, {name = !s:>5}, {x*2=}, {len(name) + 1 = }")
print(f"{'nested {braces}'} {{literal}} {3:{'>'}{4}} {date(2024, 3, 9):%d %b %Y} {date(2024, 3, 9)!r}")
print(f"{1234567:_} {1234567:_x} {255:#o} {255:#b} {-42:+08d} {42:^+9} {0.25:%} {0.25:.0%} {1e6:,.0f}")

class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}?>"
print("{user} has {count} new {thing}".format_map(Defaults(user="bob", count=3)))
print("{0[name]} is {0[age]:>3} {1.real}".format({"name": "x", "age": 7}, 2j))

class UpperFormatter(string.Formatter):
    def format_field(self, value, spec):
        if spec.endswith("u"):
            return format(str(value).upper(), spec[:-1])
        return super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"[{key}]"
        return super().get_value(key, args, kwargs)
uf = UpperFormatter()
print(uf.format("{0:>8u}|{who:u}|{missing}|{1:.2f}", "hello", 3.14159, who="me"))
print(list(string.Formatter().parse("a{0!r:>5}b{x}c{{")))
print(string.Template("$who owes ${amount}").safe_substitute(who="Tim"), string.Template("$$ $a").substitute(a=1))

print("%s is %d years, %.1f%% done, %5s|%-5s|%05.1f" % ("Al", 30.9, 99.44, "r", "l", 3.14159))
print("%(name)s=%(val)r %(val)08.3f" % {"name": "pi", "val": 3.14159}, "%c%c" % (72, "i"), "%x %X %o %e %g %G" % (255, 255, 8, 12345.678, 0.00001234, 1e20))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 2.71828), "%r %a" % ("é", "é"), "%i %u" % (3, 4))

errors = [
    lambda: f"{3.5:d}",
    lambda: format("abc", "d"),
    lambda: format(3, ".2s"),
    lambda: "{0} {1}".format(1),
    lambda: "{} {0}".format(1, 2),
    lambda: "{a".format(a=1),
    lambda: "%d" % "x",
    lambda: "%s %s" % ("only",),
    lambda: "%s" % (1, 2),
    lambda: "%(k)s" % (1,),
    lambda: "%z" % 1,
    lambda: format(1, "=^+#010,.2fx"),
    lambda: f"{'x':=5}",
    lambda: format(Temperature(1), "Q"),
    lambda: "{!x}".format(1),
    lambda: "{0:{1}}".format(1, "{2}"),
]
for e in errors:
    try:
        print("no error:", e())
    except (ValueError, TypeError, KeyError, IndexError) as err:
        print(f"{type(err).__name__}: {err}")
