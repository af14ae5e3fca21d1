# Finalizers at interpreter exit: after the atexit callbacks, the main module goes and its dict,
# in a cycle with the functions and classes defined here, is collected; the collector's order is
# the globals' order for what the dict holds directly, then what the containers hold.
# The exit order is the generation lists' order; the other collectors clear the globals instead.
# collectors: generational
import atexit
import weakref


class Node:
    def __init__(self, name, other=None):
        self.name = name
        self.other = other

    def __del__(self):
        other = self.other.name if self.other is not None else None
        print("del", self.name, "->", other)


class Token:
    pass


def goodbye():
    print("atexit: nodes still there:", a.name, b.name)


atexit.register(goodbye)

b = Node("b")
a = Node("a", b)                 # a global referring to another global
ring = Node("ring-1")
ring.other = Node("ring-2", ring)  # a cycle the globals reach
nested = [[Node("deep-1")], (Node("tuple-1"), Node("tuple-2")), {"x": Node("dict-value")}]
token = Token()
watch = weakref.ref(token, lambda r: print("callback for token"))
pair = {"keep": Node("keeper", a)}
print("body done")
