# Seed article 003's last program: refcounts through a cycle and an extra name, then tracemalloc's
# compare_to for the lines that made the two instances (the article used 3.9, whose instances
# kept a dict; 3.11 prints its own sizes). The second snapshot is taken before anything is
# printed, and only this file's lines are compared.
import ctypes
import gc
import tracemalloc

def ref_count(address):
    return ctypes.c_long.from_address(address).value

class Serval:
    pass

class Cat:
    pass

servy = whiky = grace = None
gc.collect()
tracemalloc.start()
snapshot1 = tracemalloc.take_snapshot()
servy = Serval()
whiky = Cat()
servy.cousin = whiky
whiky.cousin = servy
grace = whiky
snapshot2 = tracemalloc.take_snapshot()
tracemalloc.stop()
print("servy's refcount:", ref_count(id(servy)))
print("whiky's refcount:", ref_count(id(whiky)))
del grace
print("whiky's refcount after deleting grace:", ref_count(id(whiky)))
servy.cousin = None
whiky.cousin = None
print("whiky's refcount after deleting circular reference:", ref_count(id(whiky)))
print("servy's refcount after deleting circular reference:", ref_count(id(servy)))
mine = [tracemalloc.Filter(True, __file__)]
top_stats = snapshot2.filter_traces(mine).compare_to(snapshot1.filter_traces(mine), "lineno")
for stat in top_stats[:3]:
    print(stat)
