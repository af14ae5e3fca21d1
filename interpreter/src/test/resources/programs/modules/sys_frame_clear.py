# frame.clear(): a finished frame drops its locals (f_locals then empty) and keeps its code; a suspended
# generator's frame closes the generator (its finally runs); a running frame, a call's or an executing
# generator's, refuses; a generator not started is simply finished.
import sys
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("freed", self.n)
def finished():
    x = Res(1); y = "kept?"
    return sys._getframe()
fr = finished(); print(sorted(fr.f_locals)); print(fr.clear()); print(fr.f_locals, fr.f_code.co_name)
print(fr.clear())
def gen():
    r = Res(2)
    try:
        try: sys._getframe().clear()
        except RuntimeError as e: print("inside:", e)
        yield 1
        yield 2
    finally:
        print("finally ran")
g = gen(); print(next(g)); fo = g.gi_frame; print(fo.clear()); print(g.gi_frame, g.gi_running, list(g))
del fo; print("frame object gone")
g2 = gen(); fo2 = g2.gi_frame; fo2.clear(); print(list(g2))
try: sys._getframe().clear()
except RuntimeError as e: print(e)
def outer():
    caller = sys._getframe()
    def inner():
        try: caller.clear()
        except RuntimeError as e: print("caller:", e)
    inner()
outer()
print(type(sys._getframe().clear).__name__)
print("end")
