# Changing an OrderedDict while iterating it: a node added, removed or moved is
# "OrderedDict mutated during iteration" and ends the iteration; a changed length without that
# (dict's own __setitem__) is "changed size" and stays so; a value set in place is fine.
from collections import OrderedDict

def steps(it):
    for _ in range(2):
        try:
            print(next(it))
        except StopIteration:
            print("StopIteration")
        except Exception as e:
            print(type(e).__name__, e)

o = OrderedDict.fromkeys("abc")
try:
    for k in o:
        o["new"] = 1
except RuntimeError as e:
    print(e)
o = OrderedDict.fromkeys("abc")
try:
    for k in o:
        o.move_to_end(k)
except RuntimeError as e:
    print(e)
o = OrderedDict.fromkeys("abc")
it = iter(o.items())
next(it)
del o["a"]
steps(it)
o = OrderedDict.fromkeys("abc")
it = iter(o)
next(it)
dict.__setitem__(o, "zz", 1)
steps(it)
o = OrderedDict.fromkeys("abc")
it = iter(o)
next(it)
o.clear()
steps(it)
o = OrderedDict.fromkeys("abc")
it = iter(o.values())
o["a"] = 5
o["c"] = 7
print(list(it))
