# A blog post's walk through reference counts at each step of calls and returns,
# read both with sys.getrefcount and with ctypes' ob_refcnt field.
import sys
import ctypes

def rc(obj):
    # the argument adds one reference while we read the field
    return ctypes.c_ssize_t.from_address(id(obj)).value

data = [1, 2, 3]
print("start", sys.getrefcount(data), rc(data))

def take(x):
    print("  inside take", sys.getrefcount(x), rc(x))
    return x

def keep(x, store):
    store.append(x)
    print("  inside keep", sys.getrefcount(x))

r = take(data)
print("after take returned", sys.getrefcount(data), rc(data))
del r
print("after del r", sys.getrefcount(data))

store = []
keep(data, store)
print("after keep", sys.getrefcount(data))
store.clear()
print("after clear", sys.getrefcount(data))

def nested(x, depth):
    if depth == 0:
        return sys.getrefcount(x)
    return nested(x, depth - 1)

for d in range(4):
    print("depth", d, nested(data, d))

def default_holder(x=data):
    return sys.getrefcount(x)

print("default", default_holder(), sys.getrefcount(data))
del default_holder
print("after del default_holder", sys.getrefcount(data))

def kwargs_call(**kw):
    return sys.getrefcount(kw["v"])

print("kwargs", kwargs_call(v=data))

def star_call(*args):
    return sys.getrefcount(args[0])

print("star", star_call(data), star_call(*[data]), star_call(*(data,)))
print("end", sys.getrefcount(data), rc(data))
