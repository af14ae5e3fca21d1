# a program's first containers come from the free lists CPython's start-up leaves behind
import gc, sys
a = gc.get_count()[0]
b0 = sys.getallocatedblocks()
x = []
y = {}
z = (x, y)
w = 1.5 * 3
print(gc.get_count()[0] - a, sys.getallocatedblocks() - b0)
