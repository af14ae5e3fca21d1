# From CPython's weakref tests: a weakref that is itself part of the cyclic trash is cleared without
# its callback running; one outside the trash (here to the class C) has its callback called once
# the class goes.
# refcount: expect suite_callbacks_in_trash_cycles.refcount.out
import gc
import weakref

alist = []
class C(object):
    def __init__(self, value):
        self.attribute = value

    def acallback(self, ignore):
        alist.append(self.c)

c1, c2 = C(1), C(2)
c1.c = c2
c2.c = c1
c1.wr = weakref.ref(c2, c1.acallback)
c2.wr = weakref.ref(c1, c2.acallback)

def C_went_away(ignore):
    alist.append("C went away")
wr = weakref.ref(C, C_went_away)

del c1, c2, C
print("after del:", alist)
gc.collect()
print("after collect:", alist, wr() is None)
del alist[:]
gc.collect()
print("again:", alist)
