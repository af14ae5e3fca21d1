# sched.scheduler driven by a fake clock: enter/enterabs ordering by time then priority,
# cancel (and cancelling twice), queue's named tuples, empty(), run(blocking=False) returning
# the next deadline, kwargs to actions, an action that raises, actions that schedule more.
import sched

now = [0.0]
def clock():
    return now[0]
def sleep(dt):
    now[0] += dt

s = sched.scheduler(clock, sleep)
log = []

def job(name, again=0):
    log.append((now[0], name))
    if again:
        s.enter(1.5, 1, job, (name + "'",), {'again': again - 1})

e1 = s.enter(5, 2, job, ('five-p2',))
e2 = s.enter(5, 1, job, ('five-p1',))
e3 = s.enterabs(2, 0, job, argument=('abs2',))
e4 = s.enter(3, 0, job, ('chain',), kwargs={'again': 2})
e5 = s.enter(4, 0, job, ('cancelled',))
print(len(s.queue), [ev.argument for ev in s.queue])
print(s.queue[0]._replace(action=s.queue[0].action.__name__))
print(e1 < e2, e2 < e1, e3 < e4, e1 == e1)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print(s.empty())
print(s.run(blocking=False), log)
sleep(2.5)
print(s.run(blocking=False), log)
s.run()
print(log)
print(s.empty(), s.queue, now[0])

def boom():
    raise RuntimeError('job failed')
s.enter(1, 1, boom)
s.enter(2, 1, job, ('after boom',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError', e, len(s.queue))
s.run()
print(log[-1], now[0])
ev = sched.Event(1, 2, 7, "job", (), {})
print(ev, ev._fields, ev.time, ev.priority, ev.sequence)
print(sched.Event.__doc__ is not None, sched.scheduler.__init__.__defaults__)
