# bytearray.append over-allocates (about 1/8 more plus a little); the sizes where it grows.
import sys

ba = bytearray()
prev = sys.getsizeof(ba)
steps = [(0, prev)]
for i in range(200):
    ba.append(i % 256)
    s = sys.getsizeof(ba)
    if s != prev:
        steps.append((len(ba), s))
        prev = s
print(steps)
