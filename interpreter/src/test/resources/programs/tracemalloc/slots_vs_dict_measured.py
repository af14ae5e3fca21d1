# __slots__ against __dict__ measured with tracemalloc instead of getsizeof:
# the traced bytes per instance for 1000 instances of each layout.
import tracemalloc

class WithDict:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

class WithSlots:
    __slots__ = ("a", "b", "c")
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

class WithSlotsAndDict:
    __slots__ = ("a", "__dict__")
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

def measure(cls, n=1000):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    objs = [cls(i, None, None) for i in range(n)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) // n, objs

for cls in (WithDict, WithSlots, WithSlotsAndDict):
    per, objs = measure(cls)
    print(f"{cls.__name__:17} about {per} bytes per instance")

tracemalloc.start()
objs = [WithSlots(i, i, i) for i in range(100)]
snap = tracemalloc.take_snapshot()
stats = snap.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno")
print([(s.traceback[0].lineno, s.count) for s in stats[:2]])
tracemalloc.stop()
