# Article: 003, "Memory management in Python" (Analytics Vidhya on Medium): its last programs.
# Watch: gc.get_objects() grows by exactly the two instances and shrinks back when they go (the
# article printed in between and saw other numbers); tracemalloc's compare_to names the two lines
# that made the instances (CPython 3.11's sizes, not the article's 3.9 ones).
import gc
import tracemalloc


class Serval:
    pass


class Cat:
    pass


servy = whiky = None
gc.collect()
before = len(gc.get_objects())
servy = Serval()
whiky = Cat()
servy.cousin = whiky
whiky.cousin = servy
after_creation = len(gc.get_objects())
servy.cousin = None
whiky.cousin = None
del servy, whiky
after_deletion = len(gc.get_objects())
print("tracked objects added by creating the two:", after_creation - before)
print("tracked objects added after breaking the cycle and deleting them:", after_deletion - before)

tracemalloc.start()
snapshot1 = tracemalloc.take_snapshot()
servy = Serval()
whiky = Cat()
servy.cousin = whiky
whiky.cousin = servy
snapshot2 = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = [tracemalloc.Filter(True, __file__)]
for stat in snapshot2.filter_traces(mine).compare_to(snapshot1.filter_traces(mine), "lineno")[:2]:
    print(stat)
