# collectors: generational marksweep
# gc.callbacks: phases, info keys, several callbacks in order, one removing itself.
import gc

events = []

def first(phase, info):
    events.append(("first", phase, info["generation"], info["collected"], info["uncollectable"]))

def second(phase, info):
    events.append(("second", phase, sorted(info)))

def once(phase, info):
    events.append(("once", phase))
    if phase == "stop":
        gc.callbacks.remove(once)

gc.collect()
gc.callbacks.extend([first, second, once])

class Loop:
    def __init__(self):
        self.me = self
        self.payload = [self]

for _ in range(4):
    Loop()
n = gc.collect()
print("collected:", n)
gc.collect(0)
gc.callbacks.remove(first)
gc.callbacks.remove(second)
for e in events:
    print(e)
print("remaining callbacks:", gc.callbacks)

seen_while_disabled = []
gc.callbacks.append(lambda p, i: seen_while_disabled.append(p))
gc.disable()
gc.collect()
gc.enable()
gc.callbacks.pop()
print("explicit collect while disabled runs callbacks:", seen_while_disabled)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print("gc.callbacks is a list:", type(gc.callbacks).__name__)
