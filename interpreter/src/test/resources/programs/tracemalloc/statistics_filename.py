# key_type 'filename' groups by file (line 0); 'traceback' by the whole traceback.
import gc
import tracemalloc

blocks = None
size = 2000
gc.collect()
tracemalloc.start()
blocks = [b"z" * size for _ in range(10)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
tracemalloc.stop()
print(snap.statistics("filename")[0])
print(snap.statistics("traceback")[0])
print(len(snap.statistics("filename")), snap.traceback_limit)
