import tracemalloc as tm
from tracemalloc import Snapshot, Filter, DomainFilter, _format_size

print("== sizes")
for v in [0, 1, 99, 100, 1023, 1024, 10239, 10240, 10240+511, 10240+512, 102399, 102400, 1048575, 1048576,
          10*1048576 - 1, 10*1048576, 1024**3*5, 1024**4*3, 1024**4*20000, 0.5, 1.5, 2.5, 160.4, 160.5, 161.5,
          -1, -10240, -321018, 321018, 52.25*1024, 52.35*1024, 99.95*1024, 99.94*1024]:
    print(repr(v), "|", _format_size(v, False), "|", _format_size(v, True))

# frames most recent first, as _tracemalloc returns them
A = (("demo.py", 2), ("demo.py", 8))
B = (("demo.py", 6), ("demo.py", 9))
C = (("lib/util.py", 40), ("demo.py", 2), ("demo.py", 8))
D = (("demo.py", 8),)
traces1 = [
    (0, 100, A, 2), (0, 100, A, 2), (0, 60, A, 2),
    (0, 72, B, 2), (0, 72, B, 2),
    (0, 4096, C, 7),
    (1, 200, D, 1),
    (0, 16, D, 1),
]
traces2 = [
    (0, 100, A, 2), (0, 60, A, 2),
    (0, 72, B, 2), (0, 72, B, 2), (0, 72, B, 2),
    (0, 20000, C, 7),
    (0, 0, (("new.py", 1),), 1),
]
s1 = Snapshot(traces1, 3)
s2 = Snapshot(traces2, 3)
for kt in ("lineno", "filename", "traceback"):
    print("== statistics", kt)
    for st in s1.statistics(kt):
        print(str(st)); print(repr(st))
for kt in ("lineno", "filename"):
    print("== statistics cumulative", kt)
    for st in s1.statistics(kt, cumulative=True):
        print(str(st))
for kt in ("lineno", "filename", "traceback"):
    print("== compare_to", kt)
    for st in s2.compare_to(s1, kt):
        print(str(st)); print(repr(st))
print("== compare_to cumulative lineno")
for st in s2.compare_to(s1, "lineno", cumulative=True):
    print(str(st))
print("== traces")
for t in s1.traces:
    print(str(t)); print(repr(t))
print("== traceback format")
tb = s1.traces[5].traceback
print(repr(tb))
for args in [(), (1,), (2,), (-1,), (0,), (None, True), (1, True), (-1, True)]:
    print(args, tm.Traceback.format(tb, *args))
print("== filters")
def show(snap):
    print([ (t.domain, t.size, str(t.traceback)) for t in snap.traces])
show(s1.filter_traces([Filter(True, "demo.py")]))
show(s1.filter_traces([Filter(False, "demo.py")]))
show(s1.filter_traces([Filter(True, "demo.py", 8)]))
show(s1.filter_traces([Filter(True, "lib/*", all_frames=True)]))
show(s1.filter_traces([Filter(False, "lib/*", all_frames=True)]))
show(s1.filter_traces([Filter(True, "demo.py", all_frames=True)]))
show(s1.filter_traces([Filter(False, "*util*")]))
show(s1.filter_traces([Filter(True, "demo.py", domain=1)]))
show(s1.filter_traces([Filter(False, "demo.py", domain=1)]))
show(s1.filter_traces([DomainFilter(True, 1)]))
show(s1.filter_traces([DomainFilter(False, 1)]))
show(s1.filter_traces([Filter(True, "demo.py", 2), Filter(True, "lib/util.py"), Filter(False, "*", 40)]))
show(s1.filter_traces([Filter(True, "demo.pyc")]))
show(s1.filter_traces([Filter(True, "d?mo.[op]y")]))
show(s1.filter_traces([Filter(True, "[!d]*")]))
show(s1.filter_traces([]))
print("== errors")
for f in [lambda: s1.statistics("bogus"), lambda: s1.statistics("traceback", True), lambda: tm.start(0), lambda: tm.start(65536), lambda: tm.take_snapshot()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
print("== module state")
print(tm.is_tracing(), tm.get_traced_memory(), tm.get_traceback_limit())
tm.start(3); print(tm.is_tracing(), tm.get_traceback_limit())
tm.start(7); print("restart while tracing keeps", tm.get_traceback_limit())
tm.stop(); print("after stop", tm.is_tracing(), tm.get_traced_memory(), tm.get_traceback_limit())
tm.clear_traces(); tm.reset_peak(); print("clear/reset when off ok")
print(tm.get_object_traceback([]))
tm.start(); print(tm.get_traceback_limit())
x = [1]*1000
cur, peak = tm.get_traced_memory(); del x
cur2, peak2 = tm.get_traced_memory(); print("peak kept", peak2 >= cur + 0, cur2 < cur)
tm.reset_peak(); print("reset_peak -> peak==current", tm.get_traced_memory()[0] == tm.get_traced_memory()[1] or True)
tm.clear_traces(); print("after clear", tm.get_traced_memory())
tm.stop()
print("== frame/traceback repr")
print(repr(tm.Frame(("demo.py", 3))), str(tm.Frame(("demo.py", 3))))
print(repr(tm.Traceback((("a.py", 1), ("b.py", 2)))), str(tm.Traceback((("a.py", 1), ("b.py", 2)))))
print(repr(tm.Traceback((("it's.py", 1),), 5)))
