# A 3.11 comprehension is a function called with the iterator as its argument: the iterator (which
# holds the list) is alive while the body runs; a global read inside is just a load.
import sys

L = [1, 2]
print("outside:", sys.getrefcount(L))
print("list comp over range:", [sys.getrefcount(L) for _ in range(1)])
print("list comp over L:", [sys.getrefcount(L) for _ in L])
print("set comp over L:", {sys.getrefcount(L) for _ in L})
print("dict comp over L:", {k: sys.getrefcount(L) for k in L})
print("generator over L:", list(sys.getrefcount(L) for _ in L))
print("after:", sys.getrefcount(L))
