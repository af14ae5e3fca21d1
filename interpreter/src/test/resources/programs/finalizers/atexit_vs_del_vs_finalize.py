# At exit: atexit callbacks (last registered first), weakref.finalize, then __del__ of globals.
import atexit
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def cleanup(tag):
    print("atexit", tag)

r1 = Res("r1")
r2 = Res("r2")
f1 = weakref.finalize(r1, print, "finalize r1")
f2 = weakref.finalize(r2, print, "finalize r2")
f2.atexit = False
atexit.register(cleanup, "first registered")
atexit.register(cleanup, "second registered")
tmp = Res("tmp")
weakref.finalize(tmp, print, "finalize tmp")
del tmp
print("main done")
