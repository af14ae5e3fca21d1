# The blog-post walk: read ob_refcnt straight from memory with
# ctypes.c_ssize_t.from_address(id(x)) after each step (no extra reference from
# the call itself), next to sys.getrefcount.
import ctypes
import sys

def rc(addr):
    return ctypes.c_ssize_t.from_address(addr).value

x = [1, 2, 3]
addr = id(x)
print("fresh list          ", rc(addr), sys.getrefcount(x))
y = x
print("second name         ", rc(addr))
holder = [x, x]
print("in a list twice     ", rc(addr))
table = {"k": x}
print("as a dict value     ", rc(addr))
table[x is y] = x
print("as another value    ", rc(addr))

def inside(arg):
    print("inside a call       ", rc(addr))
    local = arg
    print("plus a local        ", rc(addr))
    return local

r = inside(x)
print("returned and bound  ", rc(addr))
del r
print("after del r         ", rc(addr))

class Box:
    pass
b = Box()
b.content = x
print("instance attribute  ", rc(addr))
Box.shared = x
print("class attribute     ", rc(addr))
t = (x,)
print("in a tuple          ", rc(addr))
del t, Box.shared, b
print("after three dels    ", rc(addr))
holder.clear()
table.clear()
print("containers cleared  ", rc(addr))
del y
print("only x left         ", rc(addr))

f = lambda: x
print("closure over global ", rc(addr))
g = (lambda v: lambda: v)(x)
print("closure cell        ", rc(addr), g.__closure__[0].cell_contents is x)
del g
print("cell released       ", rc(addr))
