# A trace function that raises: its exception replaces the frame's (from 'line' and 'call' with a
# traceback entry of the traced frame, from 'return' without) and the trace function is unset.
import sys
import traceback


def f():
    a = 1
    b = 2
    return a + b


def make(event_to_fail, line=None):
    def tr(frame, event, arg):
        if frame.f_code.co_name == 'f' and event == event_to_fail:
            if line is None or frame.f_lineno - frame.f_code.co_firstlineno == line:
                raise ValueError(event)
        return tr
    return tr


for event, line in [('line', 2), ('return', None), ('call', None)]:
    sys.settrace(make(event, line))
    try:
        f()
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    print('after', event, sys.gettrace())


def prof(frame, event, arg):
    if event == 'c_call':
        raise KeyError('profile')


sys.setprofile(prof)
try:
    len('abc')
except KeyError as e:
    print('profile error', repr(e))
print(sys.getprofile())
