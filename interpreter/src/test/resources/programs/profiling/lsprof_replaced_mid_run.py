# A profiler whose hook is replaced by sys.setprofile(f) while it runs: the
# profiler stops counting and loses the thread's reference; its disable()
# still unsets whatever profile function is set; a dropped enabled profiler
# unsets the (then empty) hook as it goes.
import sys
import _lsprof

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]

def work(n):
    return sum(range(n))

def summary(p):
    out = []
    for e in p.getstats():
        name = e.code if isinstance(e.code, str) else e.code.co_name
        out.append((name, e.callcount, e.reccallcount))
    return sorted(out)

seen = []
def f(frame, event, arg):
    if event in ("call", "return"):
        seen.append((event, frame.f_code.co_name))

p = _lsprof.Profiler(timer, 1.0)
p.enable()
work(3)
rc_enabled = sys.getrefcount(p)
sys.setprofile(f)
rc_replaced = sys.getrefcount(p)
work(4)
hook = sys.getprofile()
p.disable()
after = sys.getprofile()
print(rc_enabled, rc_replaced, hook is f, after)
print(summary(p))
print(seen)

# the profiler is enabled again over f
seen.clear()
sys.setprofile(f)
p.enable()
work(5)
p.disable()
print(sys.getprofile(), seen, summary(p))

# a profiler dropped while it is the hook's only owner... cannot go while the
# hook holds it; replacing the hook frees it, and f is set after
q = _lsprof.Profiler()
q.enable()
del q
sys.setprofile(f)
print(sys.getprofile() is f)
sys.setprofile(None)

# replacing by another profiler: the first stops, the second counts
a = _lsprof.Profiler(timer, 1.0)
b = _lsprof.Profiler(timer, 1.0)
a.enable()
work(1)
b.enable()
work(2)
work(3)
b.disable()
a.disable()
print("a", summary(a))
print("b", summary(b))
