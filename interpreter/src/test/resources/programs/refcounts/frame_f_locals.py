# frame.f_locals of a function is a dict the frame keeps and refreshes on each access; it holds
# the locals (cells read through), so it is one more reference to each of them, also after the
# function returned while a traceback keeps the frame.
import sys

class Obj:
    pass

watched = Obj()

def f(a):
    b = [a]
    def inner():
        return b
    fl = sys._getframe().f_locals
    print(sorted(fl), fl is sys._getframe().f_locals, fl is locals())
    c = 5
    print(sorted(sys._getframe().f_locals), sys._getframe().f_locals["c"], "fl" in fl)
    print("held by the local and by f_locals:", sys.getrefcount(a))
    raise ValueError

try:
    f(watched)
except ValueError as e:
    err = e
print("after return, the frame keeps it:", sys.getrefcount(watched))
frame = err.__traceback__.tb_next.tb_frame
locs = frame.f_locals
print(sorted(locs), locs["a"] is watched, locs["b"] == [watched], locs is frame.f_locals)
del frame, locs, err
print("all dropped:", sys.getrefcount(watched))
print(sys._getframe().f_locals is globals())
