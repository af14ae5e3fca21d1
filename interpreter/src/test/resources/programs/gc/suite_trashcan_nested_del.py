# From CPython's gc tests (the trashcan): deeply nested lists of objects whose __del__ calls
# gc.collect() every 17th time are freed without trouble; every __del__ runs once.
import gc

class Ouch:
    n = 0
    def __del__(self):
        Ouch.n = Ouch.n + 1
        if Ouch.n % 17 == 0:
            gc.collect()

N = 200
for count in range(2):
    t = []
    for i in range(N):
        t = [t, Ouch()]
    u = []
    for i in range(N):
        u = [u, Ouch()]
    v = {}
    for i in range(N):
        v = {1: v, 2: Ouch()}
    del t, u, v
    print("round", count, "finalized:", Ouch.n)
gc.collect()
print("total:", Ouch.n)
