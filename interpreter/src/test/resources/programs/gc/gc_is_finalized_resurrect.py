# gc.is_finalized after __del__ ran on an object that resurrected itself.
# collectors: generational marksweep
import gc
keep = []
class A:
    def __del__(self):
        keep.append(self)
a = A()
print(gc.is_finalized(a))
a.self = a
del a
gc.collect()
print(len(keep), gc.is_finalized(keep[0]))
keep[0].self = None
keep.clear()
print(gc.collect())
