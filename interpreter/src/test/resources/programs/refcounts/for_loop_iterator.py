# A for loop's iterator holds its sequence, and the loop variable holds the item.
import sys

class Item:
    pass

item = Item()
seq = [item]
print("before:", sys.getrefcount(seq), sys.getrefcount(item))
for x in seq:
    print("in loop:", sys.getrefcount(seq), sys.getrefcount(item))
print("after the loop (x still bound):", sys.getrefcount(seq), sys.getrefcount(item))
del x
it = iter(seq)
print("it = iter(seq):", sys.getrefcount(seq))
first = next(it)
print("after next(it):", sys.getrefcount(item))
del first
for _ in it:
    pass
print("exhausted iterator lets go of its list:", sys.getrefcount(seq))
