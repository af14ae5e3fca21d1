# From CPython's weakref tests: callbacks that are bound methods of objects in the trash, reachable
# only one way or through another class, or in a cycle through the classes themselves: the
# collector clears those weakrefs first, so no callback runs and nothing half-cleared is seen.
# refcount: expect suite_callback_reaches_trash.refcount.out
import gc
import weakref

seen = []

class J(object):
    pass

class II(object):
    def acallback(self, ignore):
        seen.append(("II", self.J))

I = II()
I.J = J
I.wr = weakref.ref(J, I.acallback)
del I, J, II
print("class cycle:", gc.collect() > 0, seen)

class C:
    def cb(self, ignore):
        seen.append(("C", self.me, self.c1, self.wr))

c1, c2 = C(), C()
c2.me = c2
c2.c1 = c1
c2.wr = weakref.ref(c1, c2.cb)
del c1, c2
print("one way:", gc.collect(), seen)

class C2(object):
    def cb(self, ignore):
        seen.append(("C2", self.me, self.c1, self.wr))

class D:
    pass

c1, c2 = D(), C2()
c2.me = c2
c2.c1 = c1
c2.wr = weakref.ref(c1, c2.cb)
del c1, c2
print("different classes:", gc.collect(), seen)
