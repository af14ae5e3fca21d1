# Identity of bytes and tuples made at run time: one-byte cache, empty singletons, slices, conversions.
b = b"abc"
print("one byte slice cached", b[0:1] is b"a", b[1:2] is bytes([98]))
print("bytes of buffer not cached", bytes(bytearray(b"a")) is b"a")
print("whole slice same", b[:] is b, b[0:3] is b)
print("bytes(b) same", bytes(b) is b, b + b"" is b, b"" + b is b)
print("bytes * 1", b * 1 is b)
t = (1, 2, 3)
print("tuple whole slice", t[:] is t, tuple(t) is t, t + () is t, t * 1 is t)
print("tuple empty", t[3:] is (), t * 0 is ())
l = [1, 2]
print("tuple(list) new", tuple(l) is tuple(l))
s = "abc"
print("str(s)", str(s) is s, s[:] is s, s * 1 is s, "%s" % s is s, f"{s}" is s, format(s) is s)
print("str methods unchanged", s.strip() is s, s.lower() is s, s.replace("z", "y") is s, s.ljust(2) is s)
print("str methods changed", s.upper() is s, s.center(5) is s)
fs = frozenset([1])
print("frozenset(fs)", frozenset(fs) is fs, fs.copy() is fs)
i = 10**20
print("int(i)", int(i) is i, +i is i, i * 1 is i, i + 0 is i)
f = 2.5
print("float(f)", float(f) is f, +f is f)
