# Searching a range for something that is not an int goes through iteration and equality
# (_PySequence_IterSearch): None in range(5) is False, 1.0 in range(3) is True, range.index of a
# missing non-int says "sequence.index(x): x not in sequence". bytes % str is not a mapping for
# %-formatting, so it leaves an argument unconverted. A width, a count or a position that does
# not fit a C ssize_t is an OverflowError (Argument Clinic's Py_ssize_t converter), an object with
# __index__ is taken; bytes.hex's separator is measured before its type is checked.
class Three:
    def __index__(self):
        return 3

calls = [
    "None in range(5)", "'a' in range(3)", "1.0 in range(3)", "True in range(3)", "2.5 in range(3)",
    "range(5).count(None)", "range(5).count(2.0)", "range(0, 10, 2).index(4.0)", "range(5).index(None)",
    "range(5).index(7)", "range(10**20, 10**20 + 5).index(10**20 + 3.0)",
    "b'abc' % 'a'", "b'%s' % 'a'.encode()", "b'abc' % {}", "'abc' % b'x'", "'abc' % [1]",
    "'abc'.center(2**70)", "'abc'.center(Three(), '*')", "[1, 2].insert(2**70, 0)", "[1, 2].pop(2**70)",
    "'a b c'.split(None, Three())", "'abcabc'.replace('a', 'x', 2**64)", "'7'.zfill(Three())",
    "bytearray(b'ab').insert(-2**70, 1)", "b'abc'.hex([])", "b'abc'.hex(bytearray(b'x'))", "b'abc'.hex(':', 2)",
    "memoryview(b'a').__enter__(1)", "memoryview(b'ab').tobytes('X')", "memoryview(b'ab').tobytes(order='F')",
]
for c in calls:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
