# Globals against locals, counted: a module global is held by the module
# dict, a local by the frame; `global` rebinding, del of a global inside a
# function, locals() snapshots, and a name deleted in a loop.
import sys

data = ["module", "level"]

def rc(obj):
    return sys.getrefcount(obj) - 1

def read_global():
    return rc(data)

def local_alias():
    alias = data
    return rc(data)

def snapshot():
    alias = data
    snap = locals()
    n = rc(data)
    del snap
    return n

def rebinding():
    global data
    old = data
    data = ["replaced"]
    return rc(old)

print("global only       ", rc(data))
print("read in function  ", read_global())
print("local alias       ", local_alias())
print("locals() snapshot ", snapshot())
keep = data
print("rebinding global  ", rebinding(), "now", data)
print("old list kept by  ", rc(keep))
data = keep

def delete_global():
    global data
    del data
delete_global()
print("deleted global    ", "data" in globals(), rc(keep))
data = keep
items = [object() for _ in range(3)]
counts = []
for item in items:
    counts.append(rc(item))
    del item
print("del in the loop   ", counts, "item bound:", "item" in globals())
for obj in list(items):
    pass
print("after a loop the last stays bound:", rc(items[-1]), obj is items[-1])
del obj
print("after del obj     ", rc(items[-1]))
namespace = {}
exec("x = y = [1]", namespace)
print("exec namespace    ", rc(namespace["x"]), namespace["x"] is namespace["y"])
def nested():
    inner_value = [0]
    def reader():
        return inner_value
    return rc(inner_value), reader
n, reader = nested()
print("local + cell      ", n, rc(reader()))
