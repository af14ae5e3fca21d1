# At exit: module globals with __del__, a weakref.finalize, an atexit handler, and their order.
# collectors: generational
import atexit
import weakref

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def at_exit(msg):
    print("atexit", msg)

atexit.register(at_exit, "first registered")
atexit.register(at_exit, "second registered")
first = Noisy("first")
second = Noisy("second")
container = [Noisy("in-list-1"), Noisy("in-list-2")]
obj = Noisy("finalized")
weakref.finalize(obj, print, "finalize callback for", obj.name)
cycle = Noisy("cycle")
cycle.me = cycle
print("main done")
