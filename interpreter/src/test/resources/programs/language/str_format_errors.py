# str.format's errors: braces, conversions, nested specs, numbering, lookups, and format_map.
cases = ["{", "}", "x}y", "{0!}", "{!r", "{0!x}", "{0!rr}", "{0:{1:{2}}}", "{0.}", "{0[}", "{0]}",
         "{a{b}", "{} {1}", "{1} {}", "{5}", "{zz}", "{0[9]}", "{0.nope}"]
for fmt in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format([1], 2, 3)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{x}-{y}".format_map({"x": 1, "y": 2}), "{0[1]}".format([5, 6]), "{0:{1}}|{0:>{w}}".format("ab", 5, w=4))
for fmt, mapping in [("{0}", {}), ("{a}", {}), ("{}", {"": 1})]:
    try:
        print(fmt.format_map(mapping))
    except (ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)


class Spec:
    def __format__(self, spec):
        return "<" + spec + ">"


class Bad:
    def __format__(self, spec):
        return 42


print("{:abc} {} {!r:>3}".format(Spec(), Spec(), 1), f"{Spec():x{1}y}")
try:
    "{}".format(Bad())
except TypeError as e:
    print("TypeError", e)
