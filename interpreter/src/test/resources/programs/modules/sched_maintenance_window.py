# Planned maintenance with sched driven by a fake clock: enterabs/enter with priorities, cancel, events re-scheduling themselves, queue inspection, run(blocking=False), and an action that raises out of run().
import sched

class FakeClock:
    def __init__(self):
        self.now = 0.0
    def time(self):
        return self.now
    def sleep(self, dt):
        self.now += dt

clock = FakeClock()
s = sched.scheduler(clock.time, clock.sleep)
log = []

def task(name, *, repeat=0, every=0):
    log.append((clock.now, name))
    print(f"t={clock.now:5.1f} {name}")
    if repeat:
        s.enter(every, 1, task, (name,), {"repeat": repeat - 1, "every": every})

s.enterabs(10, 2, task, ("backup",))
s.enterabs(10, 1, task, ("lock users",))
s.enterabs(10, 3, task, ("notify",))
e_cancel = s.enter(5, 1, task, ("should not run",))
s.enter(2, 1, task, ("heartbeat",), {"repeat": 3, "every": 4})
s.enter(30, 1, task, ("unlock users",))
print("queued:", [(e.time, e.priority, e.argument[0]) for e in s.queue])
s.cancel(e_cancel)
print("empty?", s.empty(), len(s.queue))
try:
    s.cancel(e_cancel)
except ValueError as e:
    print("ValueError on second cancel:", e)
print("next deadline:", s.run(blocking=False))
s.run()
print("finished at", clock.now, "events run", len(log), "empty:", s.empty())
ev = s.enter(1, 1, print, ("x",))
print(type(ev).__name__, ev._fields, ev < s.enter(2, 1, print, ("y",)))
for e in list(s.queue):
    s.cancel(e)
def fail():
    raise RuntimeError("maintenance step failed")
s.enter(1, 1, task, ("before failure",))
s.enter(2, 1, fail)
s.enter(3, 1, task, ("after failure",))
try:
    s.run()
except RuntimeError as e:
    print("run() raised:", e, "remaining:", [x.argument for x in s.queue])
s.run()
s.enter(0, 0, fail)
s.run()
