# weakref.finalize callbacks run when the object dies, newest registered first at exit.
import weakref
class O:
    pass
a = O(); b = O()
f1 = weakref.finalize(a, print, "a died")
f2 = weakref.finalize(b, print, "b died")
print(f1.alive, f2.alive)
del a
print(f1.alive)
f3 = weakref.finalize(b, print, "b again")
print("end")
