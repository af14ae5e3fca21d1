# sys.getallocatedblocks as a leak detector: the change after creating and deleting
# lists, dicts, instances and strs, measured with a collection before each reading.
import gc
import sys

class Obj:
    def __init__(self, i):
        self.i = i
        self.data = [i]

def blocks():
    gc.collect()
    return sys.getallocatedblocks()

base = blocks()
keep = [Obj(i) for i in range(100)]
grown = blocks() - base
print("100 objects add at least 200 blocks:", grown >= 200)
del keep
print("back within 10 blocks:", abs(blocks() - base) <= 10)

base = blocks()
strs = [str(i) * 3 for i in range(1000, 1500)]
print("500 strs:", blocks() - base >= 500)
del strs
print("freed:", abs(blocks() - base) <= 10)

leak = []
def leaky(i):
    leak.append({"i": i})
base = blocks()
for i in range(50):
    leaky(i)
print("leak visible:", blocks() - base >= 50)
leak.clear()
print("leak fixed:", abs(blocks() - base) <= 10)
print("big bytes are not pymalloc blocks:", end=" ")
base = blocks()
big = bytes(10 ** 6)
print(blocks() - base <= 2)
del big
