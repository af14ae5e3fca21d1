# tracemalloc with several frames: statistics('traceback') and format().
import tracemalloc

tracemalloc.start(5)

def inner():
    return [bytes(5000) for _ in range(3)]

def middle():
    return inner()

def outer():
    return middle()

keep = outer()
snap = tracemalloc.take_snapshot()
stats = snap.statistics("traceback")
big = [s for s in stats if s.size >= 15000][0]
print("frames:", len(big.traceback))
print("count:", big.count)
for line in big.traceback.format():
    print(line)
print("limit:", tracemalloc.get_traceback_limit())
print("most recent first:", [f.lineno for f in big.traceback])
print("object traceback of keep[0]:", [f.lineno for f in tracemalloc.get_object_traceback(keep[0])])
print("untraced object:", tracemalloc.get_object_traceback(None))
print("Traceback.total_nframe:", big.traceback.total_nframe)
tracemalloc.stop()
