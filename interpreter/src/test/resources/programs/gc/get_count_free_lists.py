# Lists and dicts go to a free list when they die (up to 80 each), so deleting them does not
# lower gc.get_count()[0], and new ones taken from the free list do not raise it. Instances have no
# free list: deleting them lowers the count.
import gc

class N:
    pass

gc.collect()
gc.get_count()
c0 = gc.get_count()[0]
lists = [[], [], [], [], []]
c1 = gc.get_count()[0]
del lists
c2 = gc.get_count()[0]
again = [[], [], [], [], []]
c3 = gc.get_count()[0]
dicts = [{}, {}, {}]
c4 = gc.get_count()[0]
del dicts
c5 = gc.get_count()[0]
objs = [N(), N(), N()]
c6 = gc.get_count()[0]
del objs
c7 = gc.get_count()[0]
print("making 6 lists:", c1 - c0)
print("deleting them:", c2 - c1)
print("making 6 lists again:", c3 - c2)
print("making a list and 3 dicts:", c4 - c3)
print("deleting them:", c5 - c4)
print("making a list (from the free list) and 3 instances:", c6 - c5)
print("deleting them:", c7 - c6)
