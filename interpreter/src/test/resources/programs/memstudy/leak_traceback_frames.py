# "Why is my memory not freed?": an exception stored for later keeps the whole
# call stack's frames, and with them every local, alive.
import gc
import sys
import weakref

class Buffer:
    def __init__(self, size):
        self.data = bytearray(size)

def parse(chunk):
    buf = Buffer(10000)
    if chunk == "bad":
        raise ValueError("cannot parse " + chunk)
    return buf

def process(chunks):
    errors = []
    for c in chunks:
        try:
            parse(c)
        except ValueError as exc:
            errors.append(exc)
    return errors

errors = process(["ok", "bad", "ok", "bad"])
print(len(errors), [str(e) for e in errors])
frames = []
for e in errors:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    frames.append(tb.tb_frame)
bufs = [weakref.ref(f.f_locals["buf"]) for f in frames]
del frames
print("buffers alive:", [b() is not None for b in bufs])
for e in errors:
    e.__traceback__ = None
print("after dropping tracebacks:", [b() is not None for b in bufs])

try:
    parse("bad")
except ValueError:
    kept = sys.exc_info()
buf_ref = weakref.ref(kept[2].tb_next.tb_frame.f_locals["buf"])
print("exc_info keeps buffer:", buf_ref() is not None)
del kept
gc.collect()
print("after del:", buf_ref() is None)

def handler_clears():
    try:
        parse("bad")
    except ValueError as exc:
        tb = exc.__traceback__
        r = weakref.ref(tb.tb_next.tb_frame.f_locals["buf"])
        tb.tb_next.tb_frame.clear()
        return r

r = handler_clears()
print("frame.clear() releases:", r() is None)
