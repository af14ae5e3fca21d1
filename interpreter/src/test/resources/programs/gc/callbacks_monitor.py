# A gc callback that records each collection's phase, generation and what it collected.
# collectors: generational
import gc

log = []

def monitor(phase, info):
    log.append((phase, info["generation"], info.get("collected"), info.get("uncollectable")))

gc.collect()
gc.callbacks.append(monitor)

class Leaky:
    def __init__(self):
        self.self = self

def make(n):
    for _ in range(n):
        Leaky()

make(10)
print("collect(0) ->", gc.collect(0))
make(5)
print("collect(2) ->", gc.collect(2))
print("collect() nothing ->", gc.collect())
for entry in log:
    print(entry)

def second(phase, info):
    print("second sees", phase, info["generation"])
gc.callbacks.append(second)
gc.collect(1)
gc.callbacks.remove(monitor)
gc.callbacks.remove(second)
print("callbacks left", gc.callbacks)

def bad(phase, info):
    raise ValueError("boom in " + phase)
gc.callbacks.append(bad)
print("collect with bad callback ->", gc.collect())
gc.callbacks.clear()
print("done")
