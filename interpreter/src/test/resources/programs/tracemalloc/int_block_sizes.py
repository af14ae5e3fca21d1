# tracemalloc sizes of ints made by arithmetic, range, len, int() and float conversion
# collectors: generational
import tracemalloc
tracemalloc.start()
a = [i * 3 for i in range(300, 310)]
b = list(range(1000, 1010))
c = [len("x" * n) for n in range(300, 305)]
d = [int(str(n)) for n in range(500, 505)]
e = [int(n + 0.5) for n in range(700, 705)]
f = [-n for n in range(900, 905)]
g = [(1 << 40) + n for n in range(3)]
snap = tracemalloc.take_snapshot()
for st in snap.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno"):
    print(st.traceback[0].lineno, st.count, st.size)
tracemalloc.stop()
