# Struct sequences (Objects/structseq.c) made by calling their types, as CPython 3.11's
# structseq_new parses them: Argument Clinic's messages name "structseq", a non-sequence is
# "constructor requires a sequence", the length checks name the type, fields past the sequence
# come from the dict or are None; the types that refuse to be called; sys.thread_info.
import sys, time, os

for t in (type(sys.float_info), type(sys.int_info), type(sys.hash_info), time.struct_time,
          os.terminal_size, type(sys.thread_info)):
    print(t.__name__, t.n_sequence_fields, t.n_fields, t.n_unnamed_fields)
    for args, kwargs in (((), {}), ((5,), {}), ((None,), {}), (([1],), {}), (("ab",), {}),
                         ((range(3), None, 1), {}), ((), {"sequence": (1, 2)}), ((), {"seq": (1,)}),
                         (((1, 2),), {"sequence": (1, 2)}), (((1, 2), 5), {})):
        try:
            print("  ", t(*args, **kwargs))
        except TypeError as e:
            print("   TypeError:", e)

st = time.struct_time(range(9))
print(st, st.tm_zone, st.tm_gmtoff)
st = time.struct_time(range(9), {"tm_zone": "UTC", "tm_gmtoff": 0, "tm_year": 1999})
print(st.tm_year, st.tm_zone, st.tm_gmtoff, len(st))
st = time.struct_time(list(range(11)))
print(st.tm_zone, st.tm_gmtoff, tuple(st))
print(os.terminal_size([80, 24]), os.terminal_size(iter((1, 2))).columns)
for t in (type(sys.version_info), type(sys.flags)):
    try:
        t((1, 2, 3, 4, 5))
    except TypeError as e:
        print("TypeError:", e)
ti = sys.thread_info
print(type(ti).__name__, len(ti), ti.name, ti.lock, ti.version.split()[0], ti[:2])
print(type(ti)(("x", None, None)))
