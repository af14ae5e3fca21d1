# From CPython's sys tests: binding a global to an object adds one to its refcount and deleting the
# name takes it away again; getrefcount needs exactly one argument.
import sys

try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.getrefcount(1, 2)
except TypeError as e:
    print("TypeError:", e)

class Thing:
    pass

obj = Thing()
c = sys.getrefcount(obj)
n = obj
print(sys.getrefcount(obj) - c)
del n
print(sys.getrefcount(obj) - c)

c = sys.getrefcount(None)
n = None
print(sys.getrefcount(None) - c)
del n
print(sys.getrefcount(None) - c)

lst = []
c = sys.getrefcount(lst)
holder = [lst, lst, lst]
print(sys.getrefcount(lst) - c)
holder.pop()
print(sys.getrefcount(lst) - c)
del holder
print(sys.getrefcount(lst) - c)
print(sys.getrefcount(Thing()))
