# sys.call_tracing from inside a trace function: the hook already set stays paused for the call,
# a hook set during the call runs (what pdb's debug command relies on); both are restored after.
import sys
events = []
def inner_work(x):
    y = x + 1
    return y * 2
def tracer2(frame, event, arg):
    events.append(('t2', event, frame.f_code.co_name))
    return tracer2
def debug_it():
    old = sys.gettrace()
    sys.settrace(tracer2)
    try:
        return inner_work(3)
    finally:
        sys.settrace(old)
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target' and event == 'call':
        events.append(('nested', sys.call_tracing(debug_it, ())))
    events.append((event, frame.f_code.co_name))
    return tracer
def target():
    return 1
sys.settrace(tracer)
target()
sys.settrace(None)
for e in events: print(e)

events.clear()
def g(): return 5
def f():
    return g() + 1
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target' and event == 'call':
        events.append(('nested', sys.call_tracing(f, ())))
        print("inside call_tracing, gettrace is tracer:", sys.gettrace() is tracer)
    events.append((event, frame.f_code.co_name))
    return tracer
def target():
    return 1
sys.settrace(tracer)
target()
sys.settrace(None)
for e in events: print(e)
print(sys.call_tracing(len, ([1, 2],)))
for bad in [(len,), (len, [1])]:
    try:
        sys.call_tracing(*bad)
    except TypeError as e:
        print(e)
try:
    sys.call_tracing(len, (), x=1)
except TypeError as e:
    print(e)
