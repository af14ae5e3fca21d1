# Module globals are entries of the module's dict; globals() is that very dict.
import sys

class G:
    pass

g = G()
print(sys.getrefcount(g))
globals()["alias"] = g
print("globals()['alias'] = g:", sys.getrefcount(g), alias is g)
del globals()["alias"]
print("removed from globals():", sys.getrefcount(g))

def read_global():
    return sys.getrefcount(g)

print("read from a function:", read_global())
mod = sys.modules[__name__]
print("module attribute is the same object:", mod.g is g, sys.getrefcount(g))
