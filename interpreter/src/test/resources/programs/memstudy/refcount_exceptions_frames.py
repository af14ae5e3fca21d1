# sys.getrefcount while exceptions hold frames: a caught exception's traceback keeps locals alive.
import sys

class Payload:
    pass

def fail(p):
    local_ref = p
    raise RuntimeError("boom")

p = Payload()
base = sys.getrefcount(p)
try:
    fail(p)
except RuntimeError as e:
    print("inside except", sys.getrefcount(p) - base)
    saved = e
print("after except, exception saved", sys.getrefcount(p) - base)
tb = saved.__traceback__
print("frames in traceback", [t.tb_frame.f_code.co_name for t in (tb, tb.tb_next)])
del tb
saved.__traceback__ = None
print("traceback dropped", sys.getrefcount(p) - base)
del saved
print("exception dropped", sys.getrefcount(p) - base)
try:
    fail(p)
except RuntimeError:
    pass
print("plain except", sys.getrefcount(p) - base)
def catcher():
    try:
        fail(p)
    except RuntimeError as err:
        return err
err = catcher()
print("returned exception", sys.getrefcount(p) - base)
import traceback
traceback.clear_frames(err.__traceback__)
print("after clear_frames", sys.getrefcount(p) - base)
del err
print("end", sys.getrefcount(p) - base)
