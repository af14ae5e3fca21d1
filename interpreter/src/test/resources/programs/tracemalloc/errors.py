# tracemalloc's argument checks and the errors it raises when it is not tracing.
import tracemalloc

for n in (0, 65536, -1):
    try:
        tracemalloc.start(n)
    except ValueError as e:
        print("start(%d): ValueError: %s" % (n, e))
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
print(tracemalloc.get_object_traceback([]))
tracemalloc.start(65535)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
