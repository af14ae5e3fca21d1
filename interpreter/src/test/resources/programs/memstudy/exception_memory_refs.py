# Exceptions keep frames alive through __traceback__: the classic reference leak and its cures.
import gc
import sys
import weakref

class Big:
    pass

def fail_with(obj):
    local = obj
    raise RuntimeError("failed")

def keep_exception():
    b = Big()
    r = weakref.ref(b)
    try:
        fail_with(b)
    except RuntimeError as e:
        saved = e
    del b
    return r, saved

r, exc = keep_exception()
print("alive through traceback:", r() is not None)
tb = exc.__traceback__
depth = 0
while tb:
    depth += 1
    tb = tb.tb_next
print("traceback depth:", depth)
exc = None
print("freed when exception dropped:", r() is None)

def cleared():
    b = Big()
    r = weakref.ref(b)
    try:
        fail_with(b)
    except RuntimeError as e:
        e.with_traceback(None)
        saved = e
    del b
    return r, saved

r2, exc2 = cleared()
print("with_traceback(None) frees:", r2() is None)

def via_exc_info():
    b = Big()
    r = weakref.ref(b)
    try:
        fail_with(b)
    except RuntimeError:
        info = sys.exc_info()
    del b
    return r, info

r3, info = via_exc_info()
print("exc_info keeps it:", r3() is not None, info[0].__name__)
del info
print("freed:", r3() is None)
print("except target deleted at block end:", "e" not in dir())
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    e
except NameError as ne:
    print("NameError:", ne)
