# gc.get_count as containers are created and freed, and how collect(0)/(1)/(2) resets and promotes.
# collectors: generational refcount
import gc

gc.disable()
gc.collect()
print("after full collect:", gc.get_count())
keep = [[] for _ in range(10)]
c = gc.get_count()
print("ten lists plus the result list:", c)
del keep
print("after freeing them:", gc.get_count())
x = {}
y = {"a": []}
print(gc.get_count())
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(0)
print("again:", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect(2)
print("after collect(2):", gc.get_count())
for i in range(5):
    gc.collect(0)
print("five gen0 collections:", gc.get_count())
t = (1, 2)
s = "str"
n = 10 ** 30
print("atoms do not count:", gc.get_count())
class K:
    pass
print("a class statement:", gc.get_count())
k = K()
print("an instance:", gc.get_count())
gc.enable()
