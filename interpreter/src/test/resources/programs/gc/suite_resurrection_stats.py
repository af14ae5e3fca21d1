# From CPython's gc tests: a resurrected object is neither counted as collected by collect() nor in
# get_stats(), and does not stop the rest of the garbage from being collected.
# refcount: expect suite_resurrection_stats.refcount.out
import gc

N = 100

class A:
    def __init__(self):
        self.me = self

class Z(A):
    def __del__(self):
        zs.append(self)

zs = []

def getstats():
    d = gc.get_stats()[-1]
    return d['collected'], d['uncollectable']

gc.collect()
gc.disable()
oldc, oldnc = getstats()
for i in range(N):
    A()
t = gc.collect()
c, nc = getstats()
print("A() x100:", t, c - oldc, nc - oldnc)

oldc, oldnc = c, nc
Z()
t = gc.collect()
c, nc = getstats()
print("one Z():", t, c - oldc, nc - oldnc)

oldc, oldnc = c, nc
for i in range(N):
    A()
Z()
t = gc.collect()
c, nc = getstats()
print("A() x100 and a Z():", t, c - oldc, nc - oldnc)

oldc, oldnc = c, nc
zs.clear()
t = gc.collect()
c, nc = getstats()
print("the two Z dropped:", t, c - oldc, nc - oldnc)
gc.enable()
