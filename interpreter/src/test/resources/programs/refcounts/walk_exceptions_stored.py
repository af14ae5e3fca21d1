# Refcounts of objects reachable from a caught exception: the exception keeps
# its traceback, the traceback keeps the frames, the frames keep the locals.
import sys

class Big:
    def __init__(self, n):
        self.blob = bytearray(n)

def fail(obj):
    local = obj
    raise ValueError("failed with", len(local.blob))

big = Big(1000)
print("start", sys.getrefcount(big))

try:
    fail(big)
except ValueError as e:
    print("in handler", sys.getrefcount(big))
print("after handler (e unbound)", sys.getrefcount(big))
print("'e' in globals:", 'e' in globals())

saved = None
try:
    fail(big)
except ValueError as e:
    saved = e
print("exception saved", sys.getrefcount(big))
tb = saved.__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("traceback depth", depth)
print("frame locals", sorted(saved.__traceback__.tb_next.tb_frame.f_locals))
saved.__traceback__ = None
print("traceback cleared", sys.getrefcount(big))
saved = None
print("exception dropped", sys.getrefcount(big))

errors = []
for i in range(3):
    try:
        fail(big)
    except ValueError as exc:
        errors.append(exc)
print("three stored", sys.getrefcount(big))
for exc in errors:
    exc.with_traceback(None)
print("tracebacks dropped", sys.getrefcount(big))
errors.clear()
print("end", sys.getrefcount(big))

def info_holder():
    try:
        fail(big)
    except ValueError:
        return sys.exc_info()
info = info_holder()
print("exc_info tuple", type(info[0]).__name__, info[0].__name__, sys.getrefcount(big))
del info
print("after del info", sys.getrefcount(big))
