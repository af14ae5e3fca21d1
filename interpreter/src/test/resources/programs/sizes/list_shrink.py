# Popping shrinks the allocation when the length falls below half of it; clear() frees the item
# array; slicing makes an exact-size list.
import sys

L = list(range(100))
print(len(L), sys.getsizeof(L))
sizes = []
while L:
    L.pop()
    sizes.append(sys.getsizeof(L))
print(sorted(set(sizes), reverse=True))
M = list(range(50))
M.clear()
print("clear:", sys.getsizeof(M))
N = list(range(50))
print("slice of 10:", sys.getsizeof(N[:10]), "copy:", sys.getsizeof(N.copy()))
