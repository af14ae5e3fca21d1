# which objects the collector tracks, and is_finalized
# collectors: generational marksweep
import gc
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked(()), gc.is_tracked((1, 2)))
print(gc.is_tracked(([],)), gc.is_tracked(set()), gc.is_tracked(frozenset()))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C))
class D:
    def __del__(self): pass
d = D()
print(gc.is_finalized(d))
l = [d]; l.append(l)
del d, l
gc.collect()
print(gc.is_finalized(1))
