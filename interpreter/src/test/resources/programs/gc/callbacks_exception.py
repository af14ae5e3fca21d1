# An exception raised by a gc callback is reported as unraisable on stderr and does not stop the
# collection or the program.
import gc

def bad(phase, info):
    raise RuntimeError("callback failed in " + phase)

gc.callbacks.append(bad)
print("collect returned", gc.collect())
gc.callbacks.remove(bad)
print("still running")
