# printf-style % formatting: flags, widths from *, mappings, %r/%a, %c, errors.
print("%d %i %u" % (3, -4, 5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %f %F %g %G" % (12345.678, 12345.678, 1.5, float("inf"), 0.00001234, 1e20))
print("%.2f %.0f %.10g %10.3f|%-10.2e|" % (2.675, 0.5, 1 / 3, 3.14159, 1234.5))
print("%s %r %a" % ("héllo", "héllo", "héllo"))
print("%c%c%c" % (72, "i", 0x1F600))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 3.14159))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%(x)r %(x)s" % {"x": [1, "two"]})
print("100%% sure, %s" % "yes")
print("%s" % (1, 2).__repr__(), "%s" % [(1, 2)])
print("%s and %s" % ("tuple", ("nested",)))
print(b"%s %d %x %c %r" % (b"bytes", 5, 255, 65, "str"))
print(b"%5s|%-5b|" % (b"ab", b"cd"))
print("%5.1s|%.3s|" % ("abc", "abcdef"))
print("%i" % 3.99, "%d" % True, "%x" % -255, "%o" % -8)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", ("t",)), ("%c", 1114112), ("%c", "ab"), ("%d", 1.5j)]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
