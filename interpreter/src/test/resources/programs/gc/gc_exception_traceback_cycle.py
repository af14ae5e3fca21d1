# An exception kept in a local of the frame its traceback holds: frame -> e -> traceback -> frame.
# refcount: expect gc_exception_traceback_cycle.refcount.out
import gc
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return None
gc.collect()
def g():
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return err
e = g()
print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_name)
del e
print(gc.collect())
f()
print(gc.collect())
