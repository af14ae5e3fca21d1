# "Why is my memory not freed?": a small closure captures a big object it never uses
# after construction; the cell keeps it alive.
import sys
import weakref
import tracemalloc

class Dataset:
    def __init__(self, n):
        self.values = list(range(n))

def make_summary(ds):
    n = len(ds.values)
    def summary():
        return f"{n} values, first {ds.values[0]}"
    return summary

def make_summary_fixed(ds):
    n = len(ds.values)
    first = ds.values[0]
    def summary():
        return f"{n} values, first {first}"
    return summary

tracemalloc.start()
ds = Dataset(20000)
w = weakref.ref(ds)
s = make_summary(ds)
del ds
print(s(), "dataset alive:", w() is not None)
print("cell holds:", type(s.__closure__[0].cell_contents).__name__)
print("free vars:", s.__code__.co_freevars)
del s
print("after del closure:", w() is None)

ds = Dataset(20000)
w = weakref.ref(ds)
s = make_summary_fixed(ds)
del ds
print(s(), "dataset alive:", w() is not None)
print("free vars:", s.__code__.co_freevars)
current, peak = tracemalloc.get_traced_memory()
print("current under 10 KiB:", current < 10 * 1024, "peak over 500 KiB:", peak > 500 * 1024)
tracemalloc.stop()

callbacks = []
for i in range(3):
    big = [i] * 1000
    callbacks.append(lambda big=big: len(big))
print([cb() for cb in callbacks])
print("defaults keep:", [sys.getrefcount(cb.__defaults__[0]) for cb in callbacks])
