# gc.set_debug(gc.DEBUG_STATS): the per-collection report on stderr (counts only, no timings kept).
import gc
import sys
import io

gc.collect()
gc.set_debug(gc.DEBUG_STATS)
captured = io.StringIO()
old = sys.stderr
sys.stderr = captured
gc.collect()
sys.stderr = old
gc.set_debug(0)
lines = captured.getvalue().splitlines()
print("lines written to sys.stderr object:", len(lines))
print("get_debug after reset:", gc.get_debug())
print("flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_LEAK)
print("DEBUG_LEAK:", gc.get_debug() == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.set_debug(0)
try:
    gc.set_debug("x")
except TypeError as e:
    print("TypeError:", e)
