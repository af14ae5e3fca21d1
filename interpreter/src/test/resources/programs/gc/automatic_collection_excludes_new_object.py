# An automatic collection starts inside the allocation that crosses threshold 0, before the new
# object is tracked (3.11's _PyObject_GC_Link): the object being made is not in the collection, so
# it stays in generation 0, where a later young collection finds it garbage. What each collection
# found, and where the survivors went, shows where the collections ran.
# collectors: generational
import gc

class Node:
    pass

def stats():
    return [(s['collections'], s['collected']) for s in gc.get_stats()]

gc.collect()
gc.set_threshold(100, 10, 10)
before = stats()
for i in range(3000):
    a = Node(); b = Node(); a.b = b; b.a = a
after = stats()
print('collections, collected:', [(c1 - c0, k1 - k0) for (c0, k0), (c1, k1) in zip(before, after)])
print('older counts:', gc.get_count()[1:])
print('young:', gc.collect(0), 'middle:', gc.collect(1), 'rest:', gc.collect())
before = stats()
pairs = []
for i in range(1000):
    pairs.append((Node(), Node()))
    if i % 3 == 0:
        x = [Node()]; x.append(x)
after = stats()
print('collections, collected:', [(c1 - c0, k1 - k0) for (c0, k0), (c1, k1) in zip(before, after)])
print('young:', gc.collect(0), 'middle:', gc.collect(1), 'rest:', gc.collect())
