# contextlib.ExitStack holds every callback (and what it closes over) until the stack unwinds.
import contextlib
import sys
import gc

class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
        Resource.opened.append(name)
    def close(self):
        Resource.opened.remove(self.name)
        print("closed", self.name)
    def __del__(self):
        print("freed", self.name)

stack = contextlib.ExitStack()
for n in "abc":
    r = Resource(n)
    stack.callback(r.close)
del r
print("refcount of stack's callbacks deque:", len(stack._exit_callbacks))
print("opened", Resource.opened)
moved = stack.pop_all()
print("stack now empty:", len(stack._exit_callbacks), "moved holds", len(moved._exit_callbacks))
stack.close()
print("closing the old stack does nothing; opened", Resource.opened)
moved.close()
print("after close", Resource.opened)
del moved
print("all freed?")

@contextlib.contextmanager
def scoped(name):
    r = Resource(name)
    try:
        yield r
    finally:
        r.close()

with contextlib.ExitStack() as es:
    x = es.enter_context(scoped("x"))
    y = es.enter_context(scoped("y"))
    print("inside", x.name, y.name)
print("after with; x still bound:", x.name)
del x, y
print("locals dropped")

def leaky():
    es = contextlib.ExitStack()
    big = Resource("big")
    es.callback(lambda: print("callback sees", big.name))
    return es

kept = leaky()
print("function returned, big kept by lambda closure")
kept.close()
del kept
gc.collect()
print("done")
