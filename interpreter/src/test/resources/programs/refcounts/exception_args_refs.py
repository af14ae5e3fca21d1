# references held while an exception is handled, and after
import sys
o = object()
try:
    raise ValueError(o)
except ValueError as e:
    print(sys.getrefcount(o), len(e.args))
print(sys.getrefcount(o))
def f():
    raise KeyError(o)
try:
    f()
except KeyError:
    print(sys.getrefcount(o))
print(sys.getrefcount(o))
