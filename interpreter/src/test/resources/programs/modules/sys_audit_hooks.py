# sys.audit and sys.addaudithook (PEP 578): hooks see the events in order with their argument tuples,
# a hook refusing sys.addaudithook with an Exception keeps the new hook out silently, and the
# argument errors.
import sys
events = []
def hook(event, args):
    if event.startswith('my.'):
        events.append((event, args))
sys.addaudithook(hook)
sys.audit('my.event', 1, 'two', [3])
sys.audit('my.none')
print(events)
def refuse(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')
sys.addaudithook(refuse)
sys.addaudithook(lambda e, a: print('never added'))
sys.audit('other')
for bad in ((), (1,)):
    try:
        sys.audit(*bad)
    except TypeError as e:
        print(e)
try:
    sys.audit('x', k=1)
except TypeError as e:
    print(e)
print(type(sys.audit).__name__, sys.audit.__name__, sys.addaudithook.__module__)
def boom(event, args):
    if event == 'my.boom':
        raise ValueError(args)
try:
    sys.addaudithook(boom)
except RuntimeError as e:
    print('refused', e)
