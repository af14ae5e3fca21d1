# sched.scheduler with a clock of the program's own: events run by time, then priority, then
# the order they were entered; enterabs, cancel, empty, queue, run(blocking=False) returning
# the wait until the next event, keyword arguments, and cancelling what is not there.
import sched

clock = [0.0]
def now():
    return clock[0]
def sleep(seconds):
    clock[0] += seconds

s = sched.scheduler(now, sleep)
log = []
def act(name, **kw):
    log.append((clock[0], name, kw))
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(2, 2, act, ('two-low',))
e3 = s.enter(2, 1, act, ('two-high',), {'k': 1})
e4 = s.enterabs(3, 1, act, argument=('abs3',))
e5 = s.enter(4, 1, act, ('cancelled',))
s.cancel(e5)
print([(e.time, e.priority, e.sequence, e.argument, e.kwargs) for e in s.queue])
print(e3.time, e3.priority, e3.sequence, e3.argument, e3.kwargs, s.empty(), e3 < e2, sched.Event._fields)
clock[0] = 2.5
print(s.run(blocking=False), log)
s.run()
print(log, s.empty(), s.run(), clock[0])
try:
    s.cancel(e5)
except ValueError as e:
    print("ValueError", e)
s2 = sched.scheduler(now, sleep)
s2.enter(1, 0, s2.enter, (1, 0, log.append, ('nested',)))
s2.run()
print(log[-1], clock[0])
