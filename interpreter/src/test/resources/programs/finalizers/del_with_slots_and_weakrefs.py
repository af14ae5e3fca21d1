# collectors: generational marksweep
# __del__ on a __slots__ class: weakref callbacks vs __del__ order, and resurrection through a slot.
import weakref
import gc

class Res:
    __slots__ = ("name", "partner", "__weakref__")
    def __init__(self, name):
        self.name = name
        self.partner = None
    def __del__(self):
        print("__del__", self.name, "partner", None if self.partner is None else self.partner.name)

a = Res("a")
r = weakref.ref(a, lambda ref: print("callback for a, ref dead:", ref() is None))
print("deleting a")
del a
print("-- pair in a cycle")
x, y = Res("x"), Res("y")
x.partner, y.partner = y, x
rx = weakref.ref(x, lambda ref: print("callback x"))
del x, y
print("collect", gc.collect())
print("rx dead", rx() is None)

saved = []
class Phoenix:
    __slots__ = ("n",)
    def __del__(self):
        print("Phoenix __del__", self.n)
        if self.n < 2:
            self.n += 1
            saved.append(self)
p = Phoenix(); p.n = 0
del p
print("saved", len(saved))
p = saved.pop()
del p
print("second death did not call __del__ again; saved", len(saved))
