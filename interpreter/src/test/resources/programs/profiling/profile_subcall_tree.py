# pstats' callers and callees of a profile: print_callers/print_callees restricted to this file's functions.
import cProfile
import pstats
import io
import re

def leaf(x):
    return x * 2

def middle(xs):
    return [leaf(x) for x in xs]

def top():
    total = 0
    for chunk in ([1, 2], [3], [4, 5, 6]):
        total += sum(middle(chunk))
    return total

prof = cProfile.Profile()
print(prof.runcall(top))
st = pstats.Stats(prof)
callees = {}
for func, (cc, nc, tt, ct, callers) in st.stats.items():
    for caller, info in callers.items():
        callees.setdefault(caller[2], []).append((func[2], info[0]))
for name in ("top", "middle", "<listcomp>"):
    print(name, "->", sorted(callees.get(name, [])))
buf = io.StringIO()
pstats.Stats(prof, stream=buf).print_callers("leaf")
lines = [re.sub(r"\s+", " ", l.strip()) for l in buf.getvalue().splitlines() if "<listcomp>" in l]
print(len(lines), lines[0].split(" ")[0] if lines else None)
