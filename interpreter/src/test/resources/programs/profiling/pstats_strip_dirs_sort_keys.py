# pstats.Stats: strip_dirs, sort keys by call counts and name, print_stats restrictions, get_stats_profile.
import cProfile
import pstats
import io

def a():
    return sum(b(i) for i in range(3))

def b(x):
    return c(x) + c(x)

def c(x):
    return x

prof = cProfile.Profile()
prof.runcall(a)
st = pstats.Stats(prof).strip_dirs()
prof_data = st.get_stats_profile()
for name in ("a", "b", "c"):
    fp = prof_data.func_profiles[name]
    print(name, fp.ncalls, fp.file_name, fp.line_number)
buf = io.StringIO()
st.stream = buf
st.sort_stats(pstats.SortKey.CALLS, pstats.SortKey.NAME).print_stats(r"\(c\)|\(b\)")
rows = [l.split()[0] + " " + l.split()[-1] for l in buf.getvalue().splitlines() if l.strip().endswith(("(b)", "(c)"))]
print(rows)
try:
    st.sort_stats("nonsense")
except KeyError as e:
    print("KeyError", e)
