# Containers of containers counted: [[0] * 3] * 3 holds one inner list three
# times, a comprehension makes three; dict.fromkeys shares one value; a
# list of dicts sliced and copied shares every inner dict.
import copy
import sys

def rc(obj):
    return sys.getrefcount(obj) - 1

grid = [[0] * 3] * 3
print("[[0]*3]*3 inner refs:", rc(grid[0]), "same object:", grid[0] is grid[2])
grid[0][0] = 1
print("one write shows thrice:", grid)
good = [[0] * 3 for _ in range(3)]
print("comprehension inner refs:", [rc(row) for row in good])
shared = []
d = dict.fromkeys("abc", shared)
print("fromkeys value refs:", rc(shared))
d["a"].append(1)
print("all keys see it:", d)
d2 = {k: [] for k in "abc"}
print("comprehension values:", [rc(v) for v in d2.values()])
rows = [{"id": i} for i in range(3)]
first = rows[0]
print("row refs:", rc(first))
half = rows[:2]
print("after slice:", rc(first))
dup = rows * 2
print("after rows * 2:", rc(first))
cp = copy.copy(rows)
print("after copy.copy:", rc(first))
deep = copy.deepcopy(rows)
print("after deepcopy:", rc(first), deep[0] is first)
del half, dup, cp, deep
print("after dels:", rc(first))
nested = {"level1": {"level2": {"level3": first}}}
print("deeply nested:", rc(first))
inner = nested["level1"]["level2"]
del nested
print("outer dropped, inner kept:", rc(inner), rc(first))
del inner
print("all dropped:", rc(first))
t = (first, [first], {first["id"]: first})
print("tuple of containers:", rc(first))
del t
print("tuple dropped:", rc(first))
s = [first] * 1000
print("list of 1000 same:", rc(first))
s[500:] = []
print("half removed:", rc(first))
s.clear()
print("cleared:", rc(first))
