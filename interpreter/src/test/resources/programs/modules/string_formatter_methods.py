# string.Formatter: str.format's machinery with each step a method. parse() gives the literal
# text and the fields, get_field walks '.attribute' and '[index]', a subclass replaces get_value,
# convert_field, format_field or check_unused_args; its errors are str.format's.
import string


class Point:
    x = 3
    coords = [10, 20]


f = string.Formatter()
print(f.format("{0}-{1!r}-{name:>6}|{p.x}{p.coords[1]}", "a", "b", name="n", p=Point()))
print(f.format("{:{width}.{prec}f}|{}", 3.14159, "next", width=10, prec=2))
print(list(f.parse("a{0!r:>{w}}b{{c}}d")))
print(list(f.parse("")), list(f.parse("text only")))
print(f.get_field("p.coords[0]", (), {"p": Point()}))
print(f.vformat("{0}{k}", ("pos",), {"k": "kw"}))
print(f.convert_field("é", "a"), f.convert_field(1, None), f.format_field(255, "#x"))


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + "?>")
        return super().get_value(key, args, kwargs)


print(Defaults().format("{known} {unknown} {0}", "zero", known="yes"))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        extra = set(kwargs) - used_args
        if extra:
            raise KeyError("unused: " + ", ".join(sorted(extra)))


try:
    Strict().format("{a}", a=1, b=2, c=3)
except KeyError as e:
    print("KeyError", e)


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value) + "!"
        return super().convert_field(value, conversion)


print(Upper().format("{0} {1!u} {0!r}", "abc", "def"))
for fmt, args in [("{0}{}", ("a", "b")), ("{}{0}", ("a", "b")), ("{", ()), ("}", ()), ("{0!x}", (1,)),
                  ("{0[}", ([1],)), ("{a.}", ()), ("{0[0]x}", ([1],)), ("{:{:{:{}}}}", (1, 2, 3, 4)),
                  ("{0!", (1,)), ("{0:", (1,)), ("{0!rr}", (1,)), ("{a{b}", ()), ("{2}", (1,)), ("{z}", ())]:
    try:
        print(repr(f.format(fmt, *args, a=Point())))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(fmt, type(e).__name__, e)
