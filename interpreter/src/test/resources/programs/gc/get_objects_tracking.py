# objects the collector tracks appear in gc.get_objects(); atoms and untracked containers do not
# collectors: generational
import gc
class Marker: pass
m = Marker()
objs = gc.get_objects()
print(any(o is m for o in objs))
t = (1, 2)
print(any(o is t for o in gc.get_objects()))
l = [m]
print(any(o is l for o in gc.get_objects()))
s = 'abc'
print(any(o is s for o in gc.get_objects()))
gen0 = gc.get_objects(generation=0)
print(type(gen0).__name__, any(o is l for o in gen0))
gc.collect()
print(any(o is l for o in gc.get_objects(generation=2)))
