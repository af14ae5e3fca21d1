# gc.freeze after start-up work moves every tracked object to the permanent generation:
# get_freeze_count, get_objects by generation, and unfreeze before collecting again.
# collectors: generational
import gc

class Config:
    def __init__(self, n):
        self.values = list(range(n))

gc.collect()
configs = [Config(i) for i in range(10)]
gc.freeze()
frozen = gc.get_freeze_count()
print("frozen something:", frozen > 0)
print("counts after freeze:", gc.get_count())
print("configs in gen 2 list:", any(o is configs for o in gc.get_objects(2)))
print("configs in any generation:", any(o is configs for o in gc.get_objects()))
new = [Config(1) for _ in range(3)]
print("new in gen 0:", any(o is new for o in gc.get_objects(0)))
gc.collect()
print("new moved to gen 2:", any(o is new for o in gc.get_objects(2)))
print("freeze count unchanged:", gc.get_freeze_count() == frozen)
cycle = []
cycle.append(cycle)
gc.freeze()
del cycle
print("frozen cycle not collected:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())
print("configs back in gen 2:", any(o is configs for o in gc.get_objects(2)))
