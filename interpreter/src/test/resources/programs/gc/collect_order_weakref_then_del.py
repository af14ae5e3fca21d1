# Inside a collection, weakrefs to the garbage are cleared and their callbacks run first, then
# every __del__ (a weakref to self is already dead inside it), then the cycle is broken.
# refcount: expect collect_order_weakref_then_del.refcount.out
import gc
import weakref

refs = {}

class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "weakref to self alive:", refs[self.name]() is not None)

gc.collect()
a = T("a")
b = T("b")
a.peer = b
b.peer = a
refs["a"] = weakref.ref(a)
refs["b"] = weakref.ref(b, lambda r: print("callback for b"))
del a, b
print("collect:", gc.collect())
