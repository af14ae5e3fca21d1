# Operands already pushed on CPython's value stack count while a later operand is evaluated.
import sys

class Obj:
    pass

def second(a, b):
    return b

o = Obj()
print("alone:", sys.getrefcount(o))
print("list display:", [o, sys.getrefcount(o)][1])
print("tuple display:", (o, o, sys.getrefcount(o))[2])
print("call argument:", second(o, sys.getrefcount(o)))
print("dict display:", {"a": o, "b": sys.getrefcount(o)}["b"])
print("after:", sys.getrefcount(o))
