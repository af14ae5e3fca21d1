# A __del__ that stores self somewhere resurrects the object: the collection frees nothing, the
# object is marked finalized and its __del__ never runs again.
# refcount: expect collect_resurrection.refcount.out
import gc

saved = []

class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)

gc.collect()
p = Phoenix()
p.me = p
del p
print("collect:", gc.collect())
print("resurrected:", len(saved), [gc.is_finalized(o) for o in saved])
for o in saved:
    o.me = None
saved.clear()
print("dropped, no second __del__; collect:", gc.collect())
