# gc.set_debug(gc.DEBUG_STATS) prints a report per collection on stderr; the elapsed time is masked here.
# collectors: generational marksweep
import gc
import io
import re
import sys

class Node:
    pass

gc.collect()
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
gc.set_debug(gc.DEBUG_STATS)
a = Node()
a.me = a
del a
gc.collect()
gc.collect(0)
gc.set_debug(0)
sys.stderr = old
text = buf.getvalue()
for line in text.splitlines():
    line = re.sub(r"\d+\.\d+s elapsed", "N.NNNNs elapsed", line)
    line = re.sub(r"objects in each generation: .*", "objects in each generation: ...", line)
    line = re.sub(r"objects in permanent generation: \d+", "objects in permanent generation: N", line)
    print(line)
