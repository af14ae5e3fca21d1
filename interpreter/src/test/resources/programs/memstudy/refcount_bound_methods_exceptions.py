# Refcounts through bound methods, exceptions and tracebacks: what keeps an instance alive.
import sys

class Worker:
    def run(self):
        return sys.getrefcount(self)

    def fail(self):
        raise ValueError(self)

w = Worker()
print("plain:", sys.getrefcount(w))
print("inside method call:", w.run())
m = w.run
print("bound method stored:", sys.getrefcount(w))
print("method's __self__ is w:", m.__self__ is w)
m2 = w.run
print("second bound method:", sys.getrefcount(w), m == m2, m is m2)
del m, m2
print("methods dropped:", sys.getrefcount(w))

try:
    w.fail()
except ValueError as e:
    print("in except, exc args hold it:", sys.getrefcount(w))
    saved = e
print("after except, saved exception:", sys.getrefcount(w))
tb = saved.__traceback__
print("traceback has next:", tb.tb_next is not None, tb.tb_next.tb_next is None)
del saved
print("exception dropped, traceback kept:", sys.getrefcount(w))
del tb
print("traceback dropped:", sys.getrefcount(w))

def catch_and_return():
    try:
        w.fail()
    except ValueError as exc:
        return exc

e2 = catch_and_return()
print("returned exception:", sys.getrefcount(w))
e2.__traceback__ = None
print("traceback cleared:", sys.getrefcount(w))
e2 = None
print("exception gone:", sys.getrefcount(w))
cls_count = sys.getrefcount(Worker)
objs = [Worker() for _ in range(5)]
print("class refcount grows by instances:", sys.getrefcount(Worker) - cls_count)
