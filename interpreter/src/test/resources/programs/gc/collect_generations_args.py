# collectors: generational
# gc.collect(0), (1), (2) on cycles of different ages: what each generation holds and frees.
import gc

class N:
    def __init__(self):
        self.me = self

gc.collect()
gc.disable()
old = [N() for _ in range(3)]
gc.collect(0)
gc.collect(1)
mid = [N() for _ in range(4)]
gc.collect(0)
young = [N() for _ in range(5)]
print("counts", gc.get_count())
del old, mid, young
print("collect(0)", gc.collect(0))
print("collect(1)", gc.collect(1))
print("collect(2)", gc.collect(2))
print("counts after", gc.get_count())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print("collect(generation=2)", gc.collect(generation=2))
gc.enable()
