# sys.getallocatedblocks(): counting what pymalloc hands out.
import gc
import sys

gc.collect()
before = sys.getallocatedblocks()
objs = [object() for _ in range(1000)]
after = sys.getallocatedblocks()
print("1000 objects add about 1000 blocks:", 1000 <= after - before <= 1010)
del objs
gc.collect()
print("released again:", sys.getallocatedblocks() - before <= 5)
before = sys.getallocatedblocks()
lists = [[i] for i in range(500)]
after = sys.getallocatedblocks()
print("500 one-item lists use two blocks each:", 1000 <= after - before <= 1010)
del lists
big = bytes(10 ** 6 + len(sys.argv))
print("large bytes from malloc, not pymalloc:", sys.getallocatedblocks() - after <= 2)
