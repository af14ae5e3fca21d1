# An uncaught exception ends the program, yet a generator suspended in a global is still closed at exit
# (its finally and the __del__ of what its frame held run): finalization sets sys.last_traceback to None
# before the main module goes, so the traceback no longer keeps the module's objects alive.
class G:
    def __del__(self): print("del")
def gen():
    g = G()
    try:
        yield 1
    finally:
        print("finally")
s = gen(); next(s)
raise ValueError
