# gc.get_count()[0] counts allocations of GC-capable objects since the last collection, minus
# deallocations. gc.collect() empties the free lists, so every container made afterwards is a real
# allocation; ints, floats and strs are not GC objects. Nothing is printed inside a measurement:
# printing to a pipe allocates inside the io module.
import gc

class N:
    pass

def measure(make):
    gc.collect()
    gc.get_count()  # the first result tuple after a collection is itself a new allocation
    before = gc.get_count()[0]
    obj = make()
    return gc.get_count()[0] - before

x, y = object(), object()
results = [
    ("list", measure(lambda: [x, y])),
    ("dict", measure(lambda: {"k": x})),
    ("tuple", measure(lambda: (x, y))),
    ("set", measure(lambda: {x, y})),
    ("instance", measure(lambda: N())),
    ("list of 3 lists", measure(lambda: [[], [], []])),
    ("big int", measure(lambda: 10 ** 40 + len("x"))),
    ("float", measure(lambda: 2.5 * len("xy"))),
    ("str", measure(lambda: "abc" * len("xyz"))),
    ("object()", measure(lambda: object())),
]
for name, n in results:
    print(f"{name:16} {n:+d}")
