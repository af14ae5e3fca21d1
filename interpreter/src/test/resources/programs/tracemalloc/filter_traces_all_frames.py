# Filter(all_frames=True) matches any frame of the traceback; with the default only the most recent one.
import tracemalloc
import json

tracemalloc.start(10)

def parse_many(n):
    return [json.loads('{"k": [1, 2, 3]}') for _ in range(n)]

data = parse_many(30)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
here = __file__
recent = snap.filter_traces([tracemalloc.Filter(True, here)])
anyframe = snap.filter_traces([tracemalloc.Filter(True, here, all_frames=True)])
print("all_frames finds more:", len(anyframe.traces) > len(recent.traces))
lib_frames = {t.traceback[0].filename.rsplit("/", 1)[-1] for t in anyframe.traces}
print("json frames included:", any(name.startswith(("decoder", "__init__")) for name in lib_frames) or sorted(lib_frames))
no_here = snap.filter_traces([tracemalloc.Filter(False, here, all_frames=True)])
print("exclusive all_frames removes every trace through here:",
      all(all(f.filename != here for f in t.traceback) for t in no_here.traces))
