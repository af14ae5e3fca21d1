# Traceback.format (limit, most_recent_first), Frame attributes and get_object_traceback.
import tracemalloc

tracemalloc.start(4)

def level3():
    return bytes(500)

def level2():
    return level3()

def level1():
    return level2()

obj = level1()
tb = tracemalloc.get_object_traceback(obj)
tracemalloc.stop()
print("frames:", len(tb), "total_nframe:", tb.total_nframe)
for frame in tb:
    print("frame:", frame.filename.rsplit("/", 1)[-1], frame.lineno)
for line in tb.format():
    print(repr(line))
print("limit 2:", [l.strip() for l in tb.format(limit=2)])
print("limit -1:", [l.strip() for l in tb.format(limit=-1)])
print("most recent first:", [l.strip() for l in tb.format(most_recent_first=True) if l.startswith("  File")])
print("str:", str(tb).rsplit("/", 1)[-1])
print("repr:", repr(tb).startswith("<Traceback ("))
print("first frame str:", str(tb[0]).rsplit("/", 1)[-1])
print("equal traceback:", tb == tracemalloc.Traceback(tuple((f.filename, f.lineno) for f in tb)))
print("untraced object:", tracemalloc.get_object_traceback(obj))
tracemalloc.start(1)
small = {"a": bytes(300)}
t1 = tracemalloc.get_object_traceback(small["a"])
print("one frame:", len(t1), t1[0].lineno)
print("int literal:", tracemalloc.get_object_traceback(5))
tracemalloc.stop()
