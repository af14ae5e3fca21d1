# "Why is my object not freed?" A tour of the usual holders, each found with gc.get_referrers.
import gc
import sys
import weakref

class Thing:
    def __init__(self, name):
        self.name = name
    def method(self):
        pass

def holders(o):
    out = []
    for r in gc.get_referrers(o):
        if r is globals():
            out.append("globals")
        elif isinstance(r, dict):
            out.append("dict:" + ",".join(sorted(map(str, r))))
        else:
            out.append(type(r).__name__)
    return sorted(out)

t = Thing("t")
cache = {"key": t}
print("1", holders(t))
del cache
listeners = [t.method]
print("2", holders(t))
del listeners
try:
    raise ValueError(t)
except ValueError as e:
    err = e
print("3", holders(t))
del err
class Registry:
    items = []
Registry.items.append(t)
print("4", holders(t))
Registry.items.clear()
w = weakref.ref(t)
print("5 weakref does not hold", holders(t))
del t
print("freed", w() is None)
