# list.append over-allocates: new = (n + n//8 + 6) & ~3 slots when it must grow. The allocated
# slot counts at each growth step, from the size (56 + 8 per slot).
import sys

L = []
prev = sys.getsizeof(L)
steps = []
for n in range(1, 700):
    L.append(None)
    s = sys.getsizeof(L)
    if s != prev:
        steps.append((s - 56) // 8)
        prev = s
print(steps)
