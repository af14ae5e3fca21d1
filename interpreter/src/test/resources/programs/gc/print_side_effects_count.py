# What print() leaves in generation 0 after a full collection emptied the free lists: its first call
# makes its argument parser's keyword tuple (once per process) and packs the positionals into a
# tuple (from the tuple free list afterwards); sys.stdout, block-buffered into a pipe, keeps the
# pending texts in a list from the second write on; a list or dict display is one more object each.
# (The first repr of a container, made here before the collection, makes the thread state's dict
# and its Py_Repr list: not modelled yet.)
# collectors: generational
import gc
g = gc.get_count
g(); g()
repr([0])
gc.collect()
a0 = g()[0]
print("a")
a1 = g()[0]
print("b")
a2 = g()[0]
print(1, 2)
a3 = g()[0]
print(3, 4)
a4 = g()[0]
print((1, 2))
a5 = g()[0]
print((3, 4))
a6 = g()[0]
print([1, 2])
a7 = g()[0]
print({1: 2})
a8 = g()[0]
print("c", end="")
a9 = g()[0]
print()
print(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9)
