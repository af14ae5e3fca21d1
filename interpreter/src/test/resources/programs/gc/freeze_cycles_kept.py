# gc.freeze moves everything tracked into the permanent generation; collections then ignore it.
# collectors: generational
import gc

class Cyc:
    def __init__(self, name):
        self.name = name
        self.ref = self

    def __repr__(self):
        return f"Cyc({self.name})"

gc.collect()
print("frozen at start", gc.get_freeze_count() > 0)
c = Cyc("old")
gc.freeze()
print("count after freeze", gc.get_count())
print("frozen some", gc.get_freeze_count() > 0)
del c
print("collect while frozen", gc.collect())
d = Cyc("young")
del d
print("young collected", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze", gc.get_freeze_count())
print("old garbage now", gc.collect())
print("again", gc.collect())
gc.freeze()
objs = [Cyc(i) for i in range(5)]
gc.freeze()
del objs
print("frozen cycles kept", gc.collect())
gc.unfreeze()
print("released", gc.collect())
