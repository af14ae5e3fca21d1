# Refcounts during with-blocks and exception handlers: the bound __exit__, the exception, cleanup.
import sys

class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("  in __exit__ cm refs", sys.getrefcount(self) , "exc", None if ev is None else sys.getrefcount(ev))
        return True

cm = CM()
print("before with", sys.getrefcount(cm))
with cm as c:
    print("  inside with", sys.getrefcount(cm))
print("after with (c still bound)", sys.getrefcount(cm))
del c
with cm:
    raise ValueError("swallowed")
print("after swallowed exception", sys.getrefcount(cm))

err = ValueError("kept")
print("fresh exception", sys.getrefcount(err))
try:
    raise err
except ValueError as e:
    print("  handler", sys.getrefcount(err))
print("after handler, e unbound:", "e" in dir(), sys.getrefcount(err))
print("traceback attached", err.__traceback__ is not None)
err.__traceback__ = None
try:
    try:
        raise err
    finally:
        print("  in finally", sys.getrefcount(err))
except ValueError:
    pass
print("end", sys.getrefcount(err))
