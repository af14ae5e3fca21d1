# printf-style str % args: flags, * widths, mappings, and the errors of each conversion.
print("%5s|%-5s|%05d|%+.2f|%x|%#o|%c|%r|%a|%%" % ("a", "b", 42, 3.14159, 255, 8, 65, "q", "é"))
print("%(a)s-%(b)r" % {"a": 1, "b": "x"}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%#.5x" % 255, "%05s" % "ab")
print("%s %(a)s" % {"a": 1}, "%-05d|" % 3, "%c" % "é", "%i %u" % (3.9, True), "%X" % 3054)
cases = [("%d", "x"), ("%x", 1.5), ("%c", 1 << 30), ("%c", "ab"), ("%c", 1.0), ("%s %s", 1), ("%s", (1, 2)),
         ("%y", 1), ("%(a)s %s", {"a": 1}), ("abc", 5), ("%", 1), ("%(a", {}), ("%(a)s", 1), ("%*d", ("x", 1)),
         ("%f", "x"), ("%d", None)]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
