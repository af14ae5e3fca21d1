# Finalizers and exceptions around interpreter exit: sys.exit with a code while objects
# with __del__ are alive, a __del__ that raises at exit, and an atexit handler that raises.
import atexit
import sys

class Closer:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __del__(self):
        print("closing", self.name)
        if self.fail:
            raise RuntimeError("close failed: " + self.name)

def handler():
    print("atexit handler")
    raise ValueError("atexit failed")

def second():
    print("second handler (runs first)")

atexit.register(handler)
atexit.register(second)
keep = Closer("kept")
bad = Closer("bad", fail=True)
holder = {"inner": Closer("inner")}
print("calling sys.exit(3)")
sys.exit(3)
print("never printed")
