# printf-style % formatting.
print("%s is %d years and %.1f%% done" % ("Ann", 42, 99.5))
print("%5d|%-5d|%05d|%x|%X|%o|%e|%g|%g" % (42, 42, 42, 255, 255, 8, 12345.678, 0.00001, 1234567.0))
print("%r %s %a" % ("q", "q", "é"))
print("%(name)s=%(val)03d" % {"name": "x", "val": 7})
print("%c%c %%" % (72, "i"))
print("%10.3s|" % "abcdef", "%-6s|" % "ab", "%+d %+d" % (5, -5))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
