# sys.last_value, sys.last_type and sys.last_traceback exist only after an
# uncaught exception in the interactive interpreter; a script sets them by hand
# when it reports an error the way the REPL does, and then they keep the frames.
import sys
import traceback
import weakref

print("before:", hasattr(sys, "last_value"), hasattr(sys, "last_traceback"))

class State:
    pass

def work():
    state = State()
    state.buf = bytearray(4096)
    raise RuntimeError("worker failed")

try:
    work()
except RuntimeError:
    t, v, tb = sys.exc_info()
    sys.last_type, sys.last_value, sys.last_traceback = t, v, tb
    del t, v, tb

print("after:", sys.last_type.__name__, sys.last_value)
state_ref = weakref.ref(sys.last_traceback.tb_next.tb_frame.f_locals["state"])
print("state alive:", state_ref() is not None)
lines = traceback.format_exception_only(sys.last_type, sys.last_value)
print("".join(lines), end="")
print(sys.last_value.__traceback__ is sys.last_traceback)
del sys.last_type, sys.last_value, sys.last_traceback
print("state alive after del:", state_ref() is not None)
print("has last_value:", hasattr(sys, "last_value"))
