# gc.callbacks: an exception in a callback is reported as unraisable and the others still run; the list can be edited.
import gc
import sys

calls = []
def good(phase, info):
    calls.append(("good", phase))

def bad(phase, info):
    if phase == "start":
        raise ValueError("callback failed")

def remover(phase, info):
    calls.append(("remover", phase))
    if phase == "stop":
        gc.callbacks.remove(remover)

gc.collect()
gc.callbacks.extend([good, bad, remover])
print("returned:", gc.collect())
print(calls)
print([f.__name__ for f in gc.callbacks])
calls.clear()
gc.collect()
print(calls)
gc.callbacks.clear()
print(type(gc.callbacks).__name__, gc.callbacks)
gc.callbacks.append(lambda: None)
gc.collect()
gc.callbacks.clear()
print("done")
