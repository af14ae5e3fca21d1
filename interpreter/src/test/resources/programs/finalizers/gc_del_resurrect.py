# __del__ of an object in a cycle resurrects it into a global; it runs once only.
# refcount: expect gc_del_resurrect.refcount.out
import gc
saved = []
class R:
    def __del__(self):
        print("del", self.name)
        saved.append(self)
gc.collect()
a = R(); a.name = "a"
b = R(); b.name = "b"
a.other = b; b.other = a
del a, b
print(gc.collect())
print(len(saved), sorted(x.name for x in saved))
saved.clear()
print(gc.collect())
