# float is 24 bytes whatever its value; complex 32.
import sys

for v in (0.0, 1.5, -2.5e300, float("inf"), float("nan"), 1e-320):
    print(repr(v), sys.getsizeof(v))
for v in (0j, 1 + 2j, complex(1e300, -1e300)):
    print(repr(v), sys.getsizeof(v))
