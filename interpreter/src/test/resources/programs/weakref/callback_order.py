# Several weakrefs with callbacks: at the referent's death the most recently created one's
# callback runs first.
import weakref

class Obj:
    pass

o = Obj()
refs = [weakref.ref(o, lambda r, n=n: print("callback", n)) for n in range(4)]
del o
print("done")
