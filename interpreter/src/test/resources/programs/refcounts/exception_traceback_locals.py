# an exception object, its traceback and the frame locals it keeps alive
import sys
class Payload:
    pass
p = Payload()
print(sys.getrefcount(p))
def fail(x):
    raise ValueError('boom')
try:
    fail(p)
except ValueError as e:
    saved = e
    print(sys.getrefcount(p))
print(sys.getrefcount(p))
print(saved.__traceback__ is not None)
saved.__traceback__ = None
print(sys.getrefcount(p))
del saved
print(sys.getrefcount(p))
