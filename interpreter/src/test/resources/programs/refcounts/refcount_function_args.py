# reference counts of objects passed as arguments, returned, and stored in locals
import sys
class Obj: pass
o = Obj()
def show(x):
    return sys.getrefcount(x)
def keep(x):
    y = x
    z = [x]
    return sys.getrefcount(x)
def kw(*, x):
    return sys.getrefcount(x)
def star(*args):
    return sys.getrefcount(args[0])
print(sys.getrefcount(o), show(o), keep(o), kw(x=o), star(o))
print(sys.getrefcount(o))
r = show
print(sys.getrefcount(show), sys.getrefcount(r))
