# gc.get_count()[0] after each statement kind
import gc
gc.collect()
def c():
    return gc.get_count()[0]
b = c(); x = []; print("list", c() - b)
b = c(); y = {}; print("dict", c() - b)
b = c(); z = (x, y); print("tuple", c() - b)
b = c(); del z; print("del tuple", c() - b)
b = c(); w = [[], []]; print("nested", c() - b)
b = c(); del w; print("del nested", c() - b)
class K:
    pass
b = c(); k = K(); print("instance", c() - b)
b = c(); k.a = 1; print("attr", c() - b)
b = c(); f = lambda: 0; print("lambda", c() - b)
b = c(); s = {1, 2}; print("set", c() - b)
b = c(); g = (i for i in ()); print("genexp", c() - b)
b = c(); del g; print("del genexp", c() - b)
b = c(); m = k.__init__; print("bound method", c() - b)
