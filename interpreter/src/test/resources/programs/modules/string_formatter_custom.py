# A templating helper on string.Formatter: subclasses overriding get_value (defaults for missing
# keys), get_field (dotted paths), convert_field (an extra !u conversion), format_field (a
# custom spec), check_unused_args; parse() output; vformat with auto numbering and its errors;
# str.format_map with a dict subclass's __missing__; and format specs of every kind.
import string

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else f"<arg{key}>"
        return kwargs.get(key, f"<{key}>")
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, format_spec):
        if format_spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, format_spec)
f = Defaulting()
print(f.format("{name!u} owes {amount:money} since {when} ({0}, {3})", "first", name="ann", amount=1234.5))
print(f.format("{a.real} {b[1]} {c!r:>6}", a=3 + 4j, b="xyz", c="q"))
class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - {k for k in used_args if isinstance(k, str)}
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")
try:
    Strict().format("{x}", x=1, y=2)
except ValueError as e:
    print("ValueError:", e)
print(Strict().format("{x}{y}", x=1, y=2))
fm = string.Formatter()
print(list(fm.parse("Hi {0.name!s:>{width}} and {{braces}} {} end")), list(fm.parse("")), list(fm.parse("plain")))
print(fm.format("{}-{}-{}", 1, 2, 3), fm.format("{0}{1}{0}", "a", "b"), fm.vformat("{x:{w}.{p}f}", (), {"x": 3.14159, "w": 10, "p": 2}))
for tmpl, args, kw in [("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{x", (), {"x": 1}), ("{0!z}", (1,), {}),
                       ("{0:{1:{2}}}", (1, 2, 3), {}), ("{missing}", (), {}), ("{0[a}", ({},), {}), ("{.x}", (1,), {})]:
    try:
        print(repr(fm.format(tmpl, *args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        print(repr(tmpl.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(" str.format:", type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{a} {b} {c}".format_map(Missing(a=1)), "{a[0]}".format_map({"a": [7]}))
print(fm.get_field("0.imag", (2j,), {}), fm.get_field("k[1]", (), {"k": "ab"}), fm.convert_field("x", "r"), fm.convert_field(1, None), fm.format_field(5, "03d"))
try:
    fm.convert_field(1, "q")
except ValueError as e:
    print("ValueError:", e)
for spec in ["<10", "^10", ">10", "*^9", "+", " ", "010.3f", ",", "_", "_x", "#o", "#b", "e", ".2%", "g", ".3g", "n", "c"]:
    for v in (1234.5678, -42, 255):
        try:
            print(spec, v, repr(format(v, spec)))
        except (ValueError, TypeError, OverflowError) as e:
            print(spec, v, type(e).__name__, e)
