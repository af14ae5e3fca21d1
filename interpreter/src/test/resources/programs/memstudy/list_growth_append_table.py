# The classic "watch a list over-allocate" loop from blog posts on CPython lists:
# print the size only when it changes, then compare with a literal, a comprehension and `*`.
import sys

data = []
last = sys.getsizeof(data)
print(f"{'len':>4} {'size':>6} {'capacity':>8}")
print(f"{0:>4} {last:>6} {(last - 56) // 8:>8}")
for i in range(70):
    data.append(i)
    size = sys.getsizeof(data)
    if size != last:
        print(f"{len(data):>4} {size:>6} {(size - 56) // 8:>8}")
        last = size

for n in (0, 1, 5, 10, 17, 64):
    literal = eval("[" + ",".join(["0"] * n) + "]") if n else []
    comp = [0 for _ in range(n)]
    mult = [0] * n
    fromlist = list(range(n))
    print(n, sys.getsizeof(literal), sys.getsizeof(comp), sys.getsizeof(mult), sys.getsizeof(fromlist))
