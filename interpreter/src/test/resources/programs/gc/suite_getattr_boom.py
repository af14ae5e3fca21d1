# From CPython's gc tests: a __getattr__ that breaks the cycle as a side effect is never called by
# the collector (it looks up __del__ on the type, not the instance): the two instances are
# collected and gc.garbage stays empty.
# refcount: expect suite_getattr_boom.refcount.out
import gc

calls = []

class Boom:
    def __getattr__(self, name):
        calls.append(name)
        del self.attr
        raise AttributeError

class Boom2:
    def __init__(self):
        self.x = 0

    def __getattr__(self, name):
        calls.append(name)
        self.x += 1
        if self.x > 1:
            del self.attr
        raise AttributeError

for cls in (Boom, Boom2):
    a = cls()
    b = cls()
    a.attr = b
    b.attr = a
    gc.collect()
    before = len(gc.garbage)
    del a, b
    print(cls.__name__, "collected:", gc.collect(), "garbage grew:", len(gc.garbage) - before)
print("__getattr__ calls:", calls)
