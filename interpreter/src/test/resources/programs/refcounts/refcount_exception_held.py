# An exception with its traceback keeps the frame's locals alive.
import sys
class Big:
    pass
def fail(arg):
    local = arg
    raise RuntimeError("boom")
b = Big()
print(sys.getrefcount(b))
try:
    fail(b)
except RuntimeError as e:
    kept = e
print(sys.getrefcount(b))
tb = kept.__traceback__
print(tb.tb_next.tb_frame.f_locals["local"] is b)
del tb
kept = None
print(sys.getrefcount(b))
