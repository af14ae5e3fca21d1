# __del__ ordering at interpreter exit: atexit handlers first, then the main module's
# globals, objects referenced from containers, and a cycle collected at shutdown.
# The main module's dict is collected as a whole (its globals still set) only by CPython's own
# collector; the other collectors clear the globals name by name first.
# collectors: generational
import atexit
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "sys still there:", sys is not None)

def goodbye(tag):
    print("atexit", tag, "first still set:", globals().get("first") is not None)

first = Noisy("first")
second = Noisy("second")
container = [Noisy("in list 1"), Noisy("in list 2")]
mapping = {"k": Noisy("in dict")}
a = Noisy("cycle a")
b = Noisy("cycle b")
a.other, b.other = b, a
atexit.register(goodbye, "one")
atexit.register(goodbye, "two")
del a, b
print("end of main")
