# The first repr of a container makes the thread state's dict and its repr list (Py_ReprEnter):
# two more GC objects, once.
import gc
gc.collect()
before = gc.get_count()[0]
r = repr([1, 2])
after = gc.get_count()[0]
print(after - before)
before = gc.get_count()[0]
r = repr({1: [2]})
after = gc.get_count()[0]
print(after - before)
