# A gc.callbacks monitor that records generation, phase and collected counts while
# a program builds and drops cyclic structures; automatic collections included.
# collectors: generational
import gc

events = []

def monitor(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.set_threshold(50, 5, 5)
gc.callbacks.append(monitor)

class Node:
    def __init__(self, prev):
        self.prev = prev
        self.next = None
        if prev is not None:
            prev.next = self

def build(n):
    head = Node(None)
    cur = head
    for _ in range(n - 1):
        cur = Node(cur)
    return head

for round_ in range(6):
    build(10)
starts = [e for e in events if e[0] == "start"]
stops = [e for e in events if e[0] == "stop"]
print("automatic collections:", len(starts), len(stops))
print("generations:", [e[1] for e in starts])
print("collected total:", sum(e[2] for e in stops))
events.clear()
print("explicit:", gc.collect())
print(events)
gc.callbacks.remove(monitor)
gc.set_threshold(700, 10, 10)
print("threshold", gc.get_threshold())
