# collectors: generational marksweep
# gc.freeze moves tracked objects to a permanent generation; get_freeze_count and unfreeze.
import gc

gc.collect()
gc.freeze()
base = gc.get_freeze_count()
print("freeze count positive:", base > 0)
print("count after freeze:", gc.get_count())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())

data = [[i] for i in range(100)]
gc.freeze()
print("frozen grew by at least 100:", gc.get_freeze_count() - base >= 100)
print("count:", gc.get_count())
class Cyc:
    pass
c = Cyc()
c.self = c
del c
print("cycle inside freeze? collected:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())

x = Cyc()
x.self = x
gc.freeze()
del x
print("frozen cycle not collected:", gc.collect())
gc.unfreeze()
print("unfrozen cycle collected:", gc.collect())
gc.freeze()
gc.freeze()
print("double freeze then single unfreeze:", end=" ")
gc.unfreeze()
print(gc.get_freeze_count())
