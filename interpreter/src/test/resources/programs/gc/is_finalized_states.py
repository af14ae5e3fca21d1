# gc.is_finalized: False until the collector calls __del__ on an object in a cycle; stays True after resurrection.
# collectors: generational marksweep
import gc

survivors = []

class Phoenix:
    def __del__(self):
        print("finalizing, already finalized?", gc.is_finalized(self))
        survivors.append(self)

class Plain:
    pass

p = Phoenix()
print("new object:", gc.is_finalized(p))
p.me = p
del p
gc.collect()
print("resurrected:", len(survivors), gc.is_finalized(survivors[0]))
survivors[0].me = None
survivors.clear()
gc.collect()
print("no second __del__")

q = Plain()
q.me = q
print("plain:", gc.is_finalized(q))
print("ints:", gc.is_finalized(3), gc.is_finalized([]))

r = Phoenix()
del r
print("refcount death also marks:", gc.is_finalized(survivors[0]))
survivors.clear()
try:
    gc.is_finalized()
except TypeError as e:
    print("TypeError:", e)
