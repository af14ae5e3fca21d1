# tracemalloc sees the blocks of a program's first containers
# collectors: generational
import tracemalloc
tracemalloc.start()
x = [[1], [2], [3]]
y = {"a": [4]}
z = (5, [6])
snap = tracemalloc.take_snapshot()
for st in snap.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno"):
    print(st.traceback[0].lineno, st.count, st.size)
tracemalloc.stop()
