# A suspended generator whose frame holds a list containing the generator.
import gc
def gen(box):
    yield 1
    yield 2
gc.collect()
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print(gc.collect())
