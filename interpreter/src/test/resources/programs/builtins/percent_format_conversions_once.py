# printf-style formatting converts an argument that is not an int with one call of its
# conversion method (mainformatlong): __index__ for %x, %X and %o, __int__ (through int()) for
# %d, %i and %u; a TypeError from that method becomes the format's own message.
class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        print("__index__ called")
        return self.value


class Int:
    def __int__(self):
        print("__int__ called")
        return 7


class BadIndex:
    def __index__(self):
        raise TypeError("inner message")


class Other:
    def __index__(self):
        raise ValueError("not a TypeError")


print("%x %X %o" % (Index(255), Index(171), Index(8)))
print(b"%x" % Index(16))
print("%d" % Index(3))
print("%d|%i|%u" % (Int(), Int(), Int()))
print("%c" % Index(65))
print("%5.3d|%#x|%+d" % (Index(7), Index(255), Int()))
for fmt, arg in [("%x", BadIndex()), ("%d", BadIndex()), ("%x", Int()), ("%x", 1.5), ("%d", "s"),
                 ("%o", Other()), ("%c", 1.5), ("%d", 2.75), ("%x", []), ("%d", None)]:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
