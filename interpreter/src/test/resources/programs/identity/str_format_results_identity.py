# What formatting hands back for an exact str argument: f-strings, format(),
# str.format and %-formatting give the str itself whenever the template is
# just that one field and no conversion, width or precision changes it;
# str subclasses come back as exact strs.
s = "some text value"
class S(str):
    pass
sub = S("subclass text")
cases = [
    ('f"{s}"', lambda: f"{s}"),
    ('f"{s!s}"', lambda: f"{s!s}"),
    ('f"{s!r}"', lambda: f"{s!r}"),
    ('f"{s:}"', lambda: f"{s:}"),
    ('f"{s:20}"', lambda: f"{s:20}"),
    ('f"{s:.100}"', lambda: f"{s:.100}"),
    ('f"{s:<15}"', lambda: f"{s:<15}"),
    ('format(s)', lambda: format(s)),
    ('format(s, "")', lambda: format(s, "")),
    ('"{}".format(s)', lambda: "{}".format(s)),
    ('"{0}".format(s)', lambda: "{0}".format(s)),
    ('"{:s}".format(s)', lambda: "{:s}".format(s)),
    ('"%s" % s', lambda: "%s" % s),
    ('"%s" % (s,)', lambda: "%s" % (s,)),
    ('"%.100s" % s', lambda: "%.100s" % s),
    ('"%(k)s" % {"k": s}', lambda: "%(k)s" % {"k": s}),
    ('str(s)', lambda: str(s)),
    ('s.format()', lambda: s.format()),
    ('s.format_map({})', lambda: s.format_map({})),
    ('"".join([s])', lambda: "".join([s])),
    ('s.__str__()', lambda: s.__str__()),
    ('s.__format__("")', lambda: s.__format__("")),
]
for label, fn in cases:
    r = fn()
    print(f"{label:<22} is s: {r is s!s:<5} equal: {r == s}")
print('f"{sub}" type:', type(f"{sub}").__name__, 'str(sub) type:', type(str(sub)).__name__)
print('format(sub) type:', type(format(sub)).__name__, '"%s" % sub type:', type("%s" % sub).__name__)
n = 12345
print('f"{n}" new each time:', f"{n}" is f"{n}", 'str(n) == f"{n}":', str(n) == f"{n}")
