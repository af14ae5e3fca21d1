# weakref.finalize: alive, peek, detach, calling early, atexit flag, and what runs at exit.
import weakref

class Conn:
    def __init__(self, name):
        self.name = name

def close(name, how="normally"):
    print(f"closing {name} {how}")
    return f"closed {name}"

c1 = Conn("one")
f1 = weakref.finalize(c1, close, "one")
print("alive:", f1.alive)
obj, func, args, kwargs = f1.peek()
print("peek:", obj.name, func.__name__, args, kwargs)
del obj
del c1
print("after del alive:", f1.alive, f1.peek())

c2 = Conn("two")
f2 = weakref.finalize(c2, close, "two", how="early")
print("called early:", f2())
print("second call:", f2())
print("alive:", f2.alive)

c3 = Conn("three")
f3 = weakref.finalize(c3, close, "three")
det = f3.detach()
print("detached:", det[0].name, det[2], f3.alive, f3.detach())
del c3, det

c4 = Conn("four")
f4 = weakref.finalize(c4, close, "four", how="at exit")
print("atexit flag:", f4.atexit)
c5 = Conn("five")
f5 = weakref.finalize(c5, close, "five", how="never")
f5.atexit = False
c6 = Conn("six")
f6 = weakref.finalize(c6, close, "six", how="at exit, second")
print("repr starts:", repr(f4).startswith("<finalize object at"))
print("end of main")
