# sys.getallocatedblocks() counts the memory blocks the allocator has handed out: it grows by
# two per small list made (the object and its item array) and falls back when they are freed.
# Under marksweep the automatic collection the 1000 lists start is a full one: it frees what the
# free lists held since start-up (dicts' key tables among them), so the count ends lower.
# marksweep: expect sys_getallocatedblocks.marksweep.out
import sys

before = sys.getallocatedblocks()
lists = [[i, i] for i in range(1000)]
during = sys.getallocatedblocks()
del lists
after = sys.getallocatedblocks()
print(type(before).__name__, before > 0)
print("grew by at least 2000:", during - before >= 2000)
print("fell back to within 100 of the start:", abs(after - before) < 100)
