# Struct sequences with hidden and unnamed fields (structseq.c): os.stat_result's 10 items
# (the int times at 7-9 unnamed) and 19 fields, time.struct_time's hidden tm_zone/tm_gmtoff;
# their members, __match_args__, repr labels, __reduce__, constructor and its errors, getsizeof.
import os
import pickle
import sys
import time

T = os.stat_result
print(T.__name__, T.__module__, T.n_fields, T.n_sequence_fields, T.n_unnamed_fields)
print(T.__match_args__)
print(sorted(k for k in vars(T) if k.startswith("st_")))
print(T.__mro__)
r = T(range(10))
print(repr(r))
print(len(r), r[7], r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize, r.st_rdev)
print(r.__reduce__())
r2 = T(range(16))
print(r2.st_atime, r2.st_mtime, r2.st_ctime, r2.st_atime_ns, r2.st_ctime_ns, r2.st_blocks)
r3 = T(range(10), {"st_atime": 5.5, "st_rdev": 3, "st_atime_ns": 99})
print(r3.st_atime, r3.st_mtime, r3.st_rdev, r3.st_atime_ns)
r4 = T(tuple(range(19)))
print(r4.st_atime, r4.st_rdev, r4 == tuple(range(10)), hash(r4) == hash(tuple(range(10))))
print(pickle.loads(pickle.dumps(r3)).st_atime, pickle.loads(pickle.dumps(r3)) == r3)
print("getsizeof", sys.getsizeof(r) == sys.getsizeof(tuple(r)), sys.getsizeof(r4) == sys.getsizeof(tuple(range(10))))
for bad in (range(9), range(20), 5, (1,) * 10 + ("x",)):
    try:
        T(bad)
        print("made", len(T(bad)))
    except TypeError as e:
        print("TypeError:", e)
try:
    T(range(10), [1])
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(T):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    r.st_mode = 1
except AttributeError as e:
    print("AttributeError:", e)
match r:
    case T(st_mode=m, st_size=s):
        print("matched", m, s)
match r:
    case T(a, b, c, d, e, f, g):
        print("positional", a, g)
st = os.stat(".")
print(type(st) is T, len(st), isinstance(st.st_atime, float), isinstance(st.st_atime_ns, int), st[7] == int(st.st_atime))
print(st.st_mtime_ns // 1000000000 == st[8], type(st[8]).__name__)
print(repr(st).startswith("os.stat_result(st_mode="), "st_atime=%d" % st[7] in repr(st))
tm = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
print(repr(tm), tm.tm_zone, tm.tm_gmtoff)
tm2 = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0, "UTC", 0))
print(tm2.tm_zone, tm2.tm_gmtoff, tm2.__reduce__(), len(tm2), tm2 == tm)
print(time.struct_time.__match_args__, time.struct_time.n_unnamed_fields)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts.__reduce__(), os.terminal_size.__match_args__, os.terminal_size.n_fields)
print(sys.getsizeof(ts), sys.getsizeof(tm2), sys.getsizeof(r4))
