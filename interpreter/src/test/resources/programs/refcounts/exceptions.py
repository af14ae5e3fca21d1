# An exception holds its args; `except E as e` binds it and the handler deletes the name at the
# end of the block.
import sys

class Payload:
    pass

p = Payload()
print("before:", sys.getrefcount(p))
try:
    raise ValueError(p)
except ValueError as e:
    print("in handler:", sys.getrefcount(p), sys.getrefcount(e))
print("after handler:", sys.getrefcount(p))
print("e is unbound:", "e" not in globals())
try:
    raise ValueError(p)
except ValueError as e:
    saved = e
print("saved exception keeps its args:", sys.getrefcount(p))
del saved
print("after del saved:", sys.getrefcount(p))
