# Globals vs locals, class vs instance attributes, containers of containers, copy/deepcopy.
import sys, copy

shared = ["shared"]

def use_global():
    return sys.getrefcount(shared)

def use_local():
    local = shared
    return sys.getrefcount(local)

print("global", sys.getrefcount(shared), use_global(), use_local())

class Config:
    default = shared
    def __init__(self):
        self.mine = shared

print("class attr", sys.getrefcount(shared))
a = Config()
b = Config()
print("two instances", sys.getrefcount(shared))
b.default = shared
print("instance shadows", sys.getrefcount(shared))
del b.default
del a, b
print("instances gone", sys.getrefcount(shared))

inner = [1, 2]
outer = [inner, inner, [inner]]
print("inner", sys.getrefcount(inner), "outer", sys.getrefcount(outer))
shallow = copy.copy(outer)
print("after copy", sys.getrefcount(inner), shallow[2] is outer[2])
deep = copy.deepcopy(outer)
print("after deepcopy", sys.getrefcount(inner), deep[0] is deep[1], deep[0] is inner)
print("deep inner", sys.getrefcount(deep[0]))
del shallow
print("shallow gone", sys.getrefcount(inner))
del deep
print("deep gone", sys.getrefcount(inner))

t = (inner, [inner])
print("tuple holds", sys.getrefcount(inner))
t2 = copy.copy(t)
print("copy of tuple is same", t2 is t, sys.getrefcount(t))
t3 = copy.deepcopy(t)
print("deepcopy of tuple is new", t3 is t, t3[0] is inner)
nested = {"k": {"k2": [inner]}}
print("nested", sys.getrefcount(inner))
nested["k"]["k2"].clear()
print("cleared", sys.getrefcount(inner))
