# An exception caught into a local makes a frame-traceback cycle; `del e` at the end of except prevents it.
# collectors: generational marksweep
import gc
import sys

def keep_exception():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return None

def keep_exc_info():
    try:
        raise KeyError("k")
    except KeyError:
        info = sys.exc_info()

def keep_traceback():
    try:
        raise ValueError
    except ValueError as e:
        tb = e.__traceback__

def no_cycle():
    try:
        raise ValueError
    except ValueError as e:
        pass

gc.collect()
for f in (keep_exception, keep_exc_info, keep_traceback, no_cycle):
    f()
    print(f.__name__, gc.collect())

def chained():
    try:
        try:
            raise OSError("inner")
        except OSError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError as e:
        err = e
    return None

chained()
print("chained", gc.collect())
