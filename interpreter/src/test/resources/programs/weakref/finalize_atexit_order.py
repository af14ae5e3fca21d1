# weakref.finalize objects still alive at exit run in reverse order of creation
import weakref
class R:
    pass
objs = [R() for _ in range(3)]
for i, o in enumerate(objs):
    weakref.finalize(o, print, "fin", i)
f = weakref.finalize(objs[0], print, "extra")
f.atexit = False
print(f.atexit, len(objs))
