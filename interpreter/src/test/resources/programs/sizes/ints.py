# int sizes: 24 bytes of header plus 4 per 30-bit digit, at least one digit (0 is 28 too).
import sys

for v in (0, 1, -1, 255, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, 2**90, 10**100, True, False):
    print(f"{v!r:>40} {sys.getsizeof(v)}")
print([sys.getsizeof(2 ** (30 * k)) for k in range(8)])
