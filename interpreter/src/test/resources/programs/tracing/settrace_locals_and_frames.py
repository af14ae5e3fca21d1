# What a trace function sees of the frame: f_locals before each event, changes written back to the
# fast locals, f_back and f_lineno of the callers, f_code; a local trace function set on a running
# frame through sys._getframe (as debuggers do), sys.gettrace.
import sys


def modify():
    v = 1
    v = v + 1
    w = v * 10
    return w


def tr_mod(frame, event, arg):
    if frame.f_code.co_name == 'modify' and event == 'line':
        print('line', frame.f_lineno - frame.f_code.co_firstlineno, sorted(frame.f_locals.items()))
        if frame.f_lineno - frame.f_code.co_firstlineno == 3:
            frame.f_locals['v'] = 100
    return tr_mod


sys.settrace(tr_mod)
print(modify())
sys.settrace(None)


def outer():
    return inner()


def inner():
    return 5


def tr_back(frame, event, arg):
    if event == 'call':
        chain = []
        f = frame
        while f is not None:
            chain.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        print('call', chain)
    return None


sys.settrace(tr_back)
outer()
sys.settrace(None)


def here():
    f = sys._getframe()

    def local(frame, event, arg):
        print('local', event, frame.f_lineno - frame.f_code.co_firstlineno)
        return local
    f.f_trace = local
    sys.settrace(lambda *a: None)
    a = 1
    b = 2
    sys.settrace(None)
    print(f.f_trace is local, a + b)


here()
print(sys.gettrace())
