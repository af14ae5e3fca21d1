# From CPython's gc tests (bpo-21435): a cycle through an instance whose __del__ writes an attribute;
# its finalizer runs once during the collection and the whole cycle goes.
# refcount: expect suite_del_cycle_bug21435.refcount.out
import gc

dels = []

class A:
    pass

class B:
    def __init__(self, x):
        self.x = x

    def __del__(self):
        dels.append(type(self.x).__name__)
        self.attr = None

def do_work():
    a = A()
    b = B(A())
    a.attr = b
    b.attr = a

gc.collect()
do_work()
print("collect:", gc.collect())
print("__del__ calls:", dels)
