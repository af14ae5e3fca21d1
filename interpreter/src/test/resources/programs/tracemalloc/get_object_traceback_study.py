# tracemalloc.get_object_traceback for objects made in different functions: lists,
# dicts, instances, strs and bytes, and None for objects made before start().
# Which blocks come from the start-up free lists decides the counts: marksweep's automatic
# collections are full ones and empty those lists at other times.
# collectors: generational refcount
import tracemalloc

early = [1, 2, 3]
tracemalloc.start(3)

class Thing:
    def __init__(self):
        self.payload = bytearray(100)

def make_list():
    return [0] * 50

def make_dict():
    return {str(i): i for i in range(20)}

def make_thing():
    return Thing()

def nested():
    return make_list()

objs = {
    "list": make_list(),
    "dict": make_dict(),
    "thing": make_thing(),
    "str": "-".join(["abc"] * 20),
    "bytes": bytes(200),
    "nested": nested(),
}
for name, obj in objs.items():
    tb = tracemalloc.get_object_traceback(obj)
    if tb is None:
        print(name, None)
    else:
        print(name, len(tb), [f.lineno for f in tb])
print("early:", tracemalloc.get_object_traceback(early))
print("small int:", tracemalloc.get_object_traceback(5))
print("payload:", [f.lineno for f in tracemalloc.get_object_traceback(objs["thing"].payload)])
tb = tracemalloc.get_object_traceback(objs["thing"].payload)
for line in tb.format():
    print(line.replace(__file__, "FILE"))
tracemalloc.stop()
print("after stop:", tracemalloc.get_object_traceback(objs["list"]))
