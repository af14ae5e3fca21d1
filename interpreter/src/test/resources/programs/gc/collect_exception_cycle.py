# Keeping a caught exception in a local of the frame it was raised in makes a cycle:
# exception -> traceback -> frame -> local -> exception.
# refcount: expect collect_exception_cycle.refcount.out
import gc

def keep():
    try:
        raise ValueError("kept")
    except ValueError as e:
        err = e
    return str(err)

gc.collect()
print(keep())
print(gc.collect())
