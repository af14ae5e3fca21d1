# Counts after instances with attributes and their materialized dicts are deleted.
import gc
class O:
    pass
gc.collect()
x = O()
x.attr = 1
x.b = [2]
d = x.__dict__
c = gc.get_count()
print(c)
del x, d
print(gc.get_count())
