# A traceback references the frames it passed through, and a frame its locals: a saved exception
# keeps a function's locals alive after the function has returned.
import sys

class Local:
    pass

watch = Local()

def fails():
    mine = watch
    raise KeyError("x")

print("before:", sys.getrefcount(watch))
try:
    fails()
except KeyError as e:
    err = e
print("exception saved:", sys.getrefcount(watch))
print("frame's local is the object:", err.__traceback__.tb_next.tb_frame.f_locals["mine"] is watch)
err = None
print("exception dropped:", sys.getrefcount(watch))
