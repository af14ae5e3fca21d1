# sys.getallocatedblocks() counts the memory blocks the allocator has handed out: it grows by
# two per small list made (the object and its item array) and falls back when they are freed.
import sys

before = sys.getallocatedblocks()
lists = [[i, i] for i in range(1000)]
during = sys.getallocatedblocks()
del lists
after = sys.getallocatedblocks()
print(type(before).__name__, before > 0)
print("grew by at least 2000:", during - before >= 2000)
print("fell back to within 100 of the start:", abs(after - before) < 100)
