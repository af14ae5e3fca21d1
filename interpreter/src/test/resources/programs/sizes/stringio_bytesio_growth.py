# sys.getsizeof of io.BytesIO and io.StringIO as they are written: BytesIO's __sizeof__ adds its
# buffer's allocation (a bytes object, grown by resize_buffer's over-allocation of 1/8 when
# writes run past it) unless the buffer is shared (its bytes' refcount above 1: getvalue()'s
# result, not a temporary initial value); truncate shrinks it. StringIO has no __sizeof__ of its
# own in 3.11: its size is the basic size whatever it holds. Both are C objects: one block each
# for sys.getallocatedblocks (an empty BytesIO's buffer is the empty bytes singleton), and
# tracemalloc names the line that made them.
import gc
import io
import sys
import tracemalloc

b = io.BytesIO()
base = sys.getsizeof(b)
print("BytesIO empty", base)
chunk = b"x" * 1
steps = []
last = base
for i in range(1, 400):
    b.write(chunk * 7)
    s = sys.getsizeof(b)
    if s != last:
        steps.append((b.tell(), s - base))
        last = s
print("write 7 bytes at a time (pos, added):", steps[:12])
v = b.getvalue()
print("after getvalue (shared buffer)", sys.getsizeof(b) - base)
b.write(chunk)
print("write after getvalue (copied)", sys.getsizeof(b) - base)
del v
print("initial bytes shared", sys.getsizeof(io.BytesIO(bytes(100))) - base)
b2 = io.BytesIO(bytes(100))
b2.seek(0, 2)
b2.write(chunk)
print("initial bytes then write", sys.getsizeof(b2) - base)
b2.truncate(10)
print("truncate(10)", sys.getsizeof(b2) - base)

s = io.StringIO()
sbase = sys.getsizeof(s)
print("StringIO empty", sbase)
for text in ("a", "abc" * 10, "é" * 5, "x" * 100):
    t = io.StringIO(text)
    print(f"StringIO(len {len(text)}) + {sys.getsizeof(t) - sbase}", end="; ")
print()
w = io.StringIO()
sizes = []
for i in range(6):
    w.write("y" * 20)
    sizes.append(sys.getsizeof(w) - sbase)
print("writes of 20 chars:", sizes)
w.getvalue()
print("after getvalue", sys.getsizeof(w) - sbase)
w.seek(0)
w.write("z")
print("overwrite at 0", sys.getsizeof(w) - sbase)

gc.collect()
start = sys.getallocatedblocks()
made = [io.BytesIO(), io.StringIO()]
print("blocks for an empty BytesIO and StringIO", sys.getallocatedblocks() - start)
del made
tracemalloc.start()
traced = [io.BytesIO(b"abc"), io.StringIO("abc")]
print("traced at lines", [tracemalloc.get_object_traceback(o)[0].lineno for o in traced])
tracemalloc.stop()
