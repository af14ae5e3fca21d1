# Callbacks run in list order, all of them for "start", then all of them for "stop".
import gc

log = []

def first(phase, info):
    log.append("first " + phase)

def second(phase, info):
    log.append("second " + phase)

gc.callbacks.extend([first, second])
gc.collect()
gc.callbacks.clear()
print(log)
gc.collect()
print(len(log))
