# printf-style formatting of bytes and bytearray (PEP 461): %s/%b take bytes-like objects or __bytes__,
# %r/%a give ascii(), %c takes an int or one byte, numbers as for str; the errors of each.
print(b"%s %d %x %c %c %r %a %5.2f %b" % (b"x", 42, 255, 65, b"z", b"q", "\xe9", 3.14159, bytearray(b"ba")), bytearray(b"%s!") % b"y", b"%(k)s" % {b"k": b"v"})
class B:
    def __bytes__(self):
        return b"<B>"


print(b"%s|%-6s|%06.1f|%#x|%+d" % (B(), b"ab", 2.25, 255, 3), type(bytearray(b"%d") % 1).__name__)
for fmt, args in [(b"%s", "x"), (b"%c", 300), (b"%c", "a"), (b"%d", b"1"), (b"%y", 1), (b"%s %s", (b"a",)), (b"x", 1), (b"%(k)s", 1)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
