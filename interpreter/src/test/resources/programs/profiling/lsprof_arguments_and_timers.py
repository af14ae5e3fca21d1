# _lsprof.Profiler's arguments (PyArg_ParseTupleAndKeywords' messages) and
# timers: a float timer in seconds, an int timer with timeunit, a timer that
# raises or returns what is no time (reported as unraisable, read as 0).
import sys
import _lsprof

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

P = _lsprof.Profiler
attempt("5 args", lambda: P(None, 1.0, 1, 1, 1))
attempt("bad kw", lambda: P(x=1))
attempt("twice", lambda: P(None, timer=None))
attempt("timeunit str", lambda: P(None, "a"))
attempt("subcalls float", lambda: P(None, 1, 2.5))
attempt("builtins big", lambda: P(builtins=2**40))
attempt("builtins huge", lambda: P(builtins=2**70))
attempt("timeunit huge", lambda: P(timeunit=2**2000))
p = P()
attempt("enable 3", lambda: p.enable(1, 2, 3))
attempt("enable kw", lambda: p.enable(x=1))
attempt("enable both", lambda: p.enable(1, subcalls=1))
attempt("enable str", lambda: p.enable("x"))
attempt("disable arg", lambda: p.disable(1))
attempt("clear arg", lambda: p.clear(1))
attempt("getstats arg", lambda: p.getstats(1))
attempt("getprofile", lambda: sys.getprofile())

def work():
    return len("abc")

def run(timer, unit=0.0):
    q = P(timer, unit)
    q.enable()
    work()
    q.disable()
    return sorted((str(e.code) if isinstance(e.code, str) else e.code.co_name, e.callcount, e.totaltime)
                  for e in q.getstats())

t = [0.0]
def seconds():
    t[0] += 0.25
    return t[0]
print("float seconds", run(seconds))

n = [0]
def units():
    n[0] += 3
    return n[0]
print("int units", run(units, 0.001))
n[0] = 0
print("int seconds", run(units))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
k = [0]
def indexed():
    k[0] += 1
    return Idx(k[0])
print("index seconds", run(indexed))

def failing():
    raise ValueError("no clock")
print("raising", run(failing))

print("str", run(lambda: "later"))
print("float with unit", run(lambda: 1.5, 2.0))
print("huge", run(lambda: 10**30))
print("nan", run(lambda: float("nan")))
