# A list's sys.getsizeof under each operation, as list_resize decides it: append and insert grow
# by the same over-allocation ((n + n/8 + 6) & ~3), pop shrinks only when the length falls below
# half the allocation, sort keeps the size (it works in a temporary array and gives the items
# back), reverse and in-place slices of equal length keep it, del of a slice, clear() frees the
# items array, `*=` and extend allocate the exact sum when that is larger than the growth step.
import sys


def size(lst):
    return sys.getsizeof(lst)


lst = []
steps = []
last = size(lst)
for i in range(40):
    lst.insert(0, i)
    if size(lst) != last:
        last = size(lst)
        steps.append((len(lst), last))
print("insert(0) steps:", steps)

app = []
asteps = []
last = size(app)
for i in range(40):
    app.append(i)
    if size(app) != last:
        last = size(app)
        asteps.append((len(app), last))
print("append steps equal:", asteps == steps)

shrink = []
last = size(lst)
while lst:
    lst.pop()
    if size(lst) != last:
        last = size(lst)
        shrink.append((len(lst), last))
print("pop shrink steps:", shrink)

front = list(range(40))
front_steps = []
last = size(front)
while front:
    front.pop(0)
    if size(front) != last:
        last = size(front)
        front_steps.append((len(front), last))
print("pop(0) steps equal pop():", front_steps == shrink)

data = [5, 3, 9, 1, 7] * 4
before = size(data)
data.sort()
print("sort keeps size:", size(data) == before, before)
data.sort(key=lambda v: -v, reverse=True)
print("sort with key keeps size:", size(data) == before)
data.reverse()
print("reverse keeps size:", size(data) == before)
data[2:5] = [0, 0, 0]
print("slice assign of same length:", size(data) == before)
data[2:5] = []
print("slice deleted by assignment:", len(data), size(data))
del data[:10]
print("del [:10]:", len(data), size(data))
data.clear()
print("clear():", size(data))

grow = [0] * 4
print("[0]*4:", size(grow))
grow *= 3
print("*= 3:", size(grow))
grow.extend(range(100))
print("extend(range(100)):", len(grow), size(grow))
grow.extend([1])
print("then one more:", len(grow), size(grow))
grow += (1, 2, 3)
print("+= tuple:", len(grow), size(grow))

exact = list(range(17))
print("list(range(17)):", size(exact))
exact.append(0)
print("its first append:", size(exact))
copy = exact[:]
print("slice copy is exact:", len(copy), size(copy))
print("comprehension of 17:", size([i for i in range(17)]))
