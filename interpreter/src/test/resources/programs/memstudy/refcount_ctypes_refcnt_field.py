# Reading ob_refcnt directly with ctypes (c_ssize_t.from_address(id(x))), as memory articles do.
import ctypes
import sys

def refcnt(addr):
    return ctypes.c_ssize_t.from_address(addr).value

data = [1, 2, 3]
addr = id(data)
print("getrefcount:", sys.getrefcount(data), "field:", refcnt(addr))
alias = data
print("alias:", refcnt(addr))
container = {"a": data, "b": data}
print("in dict twice:", refcnt(addr))
del alias
container.clear()
print("after del:", refcnt(addr))

s = "some text that is not interned!"
print("str:", refcnt(id(s)) == sys.getrefcount(s) - 1)
n = 12345678901234567890
print("big int:", refcnt(id(n)))
pairs = [n] * 7
print("in list 7 times:", refcnt(id(n)))
pairs = None
print("list gone:", refcnt(id(n)))
print("ob_type:", ctypes.c_void_p.from_address(id(data) + 8).value == id(list))
print("list ob_size:", ctypes.c_ssize_t.from_address(id(data) + 16).value)
data.append(4)
print("after append:", ctypes.c_ssize_t.from_address(id(data) + 16).value)

class Obj:
    pass

o = Obj()
oaddr = id(o)
print("instance:", refcnt(oaddr))
lst = [o for _ in range(4)]
print("4 more:", refcnt(oaddr))
del lst
print("back:", refcnt(oaddr))
f = 3.14159
print("float ob_fval:", ctypes.c_double.from_address(id(f) + 16).value)
t = (data, data)
print("tuple items are ids:", ctypes.c_void_p.from_address(id(t) + 24).value == id(data))
