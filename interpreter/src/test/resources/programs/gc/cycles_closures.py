# a function that refers to itself through its closure cell is a cycle
# collectors: generational marksweep
import gc
gc.collect()
def outer():
    def rec(n):
        return 0 if n == 0 else rec(n - 1)
    return rec
f = outer()
print(f(3))
del f
print(gc.collect())
class C:
    def m(self):
        pass
c = C()
c.bm = c.m
del c
print(gc.collect())
