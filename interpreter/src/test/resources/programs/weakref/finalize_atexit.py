# Finalizers still alive at interpreter exit run then (atexit=True), most recently created first;
# those with atexit=False do not.
import weakref

class Res:
    def __init__(self, name):
        self.name = name

keep = [Res("a"), Res("b"), Res("c")]
for r in keep:
    weakref.finalize(r, print, "finalize", r.name)
quiet = Res("q")
weakref.finalize(quiet, print, "never").atexit = False
print("end of program")
