# "Why is my memory not freed?": callbacks kept in a registry hold whatever
# they were built from: a functools.partial its arguments and keywords, a
# closure its cells, a bound method its instance, a lambda default its value.
import functools
import sys
import weakref

class Blob:
    def __init__(self, tag):
        self.tag = tag
        self.data = bytearray(50_000)
    def handle(self, event):
        return (self.tag, event)

registry = []
watch = {}

def make(kind, tag):
    blob = Blob(tag)
    watch[tag] = weakref.ref(blob)
    if kind == "partial":
        cb = functools.partial(Blob.handle, blob)
    elif kind == "partial-kw":
        cb = functools.partial(lambda event, target: target.handle(event), target=blob)
    elif kind == "closure":
        cb = lambda event: blob.handle(event)
    elif kind == "bound":
        cb = blob.handle
    elif kind == "default":
        cb = lambda event, b=blob: b.handle(event)
    else:
        cb = lambda event, tag=blob.tag: (tag, event)
    registry.append(cb)

for kind in ("partial", "partial-kw", "closure", "bound", "default", "copied-tag"):
    make(kind, kind)

def alive():
    return [tag for tag, ref in watch.items() if ref() is not None]

print("alive with registry:", alive())
print("calls:", [cb("ping") for cb in registry])
p = registry[0]
print("partial parts:", p.func.__qualname__, len(p.args), p.keywords)
print("closure cell holds a Blob:", type(registry[2].__closure__[0].cell_contents).__name__)
print("bound __self__:", registry[3].__self__.tag)
print("default holds:", registry[4].__defaults__[0].tag)
del p
registry[:3] = []
print("after dropping three:", alive())
registry.clear()
print("after clearing:", alive())
q = functools.partial(functools.partial(Blob.handle, Blob("inner")), "evt")
print("nested partial flattened:", q.func is Blob.handle, len(q.args), q())
print("refcount of partial's args tuple:", sys.getrefcount(q.args) - 1)
