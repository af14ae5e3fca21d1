# timeit, trace and cProfile as programs call them, printing only shapes (never timings):
# Timer with a setup string and callables, globals=, timeit/repeat result types and lengths,
# autorange's tuple, print_exc of a failing statement, the SyntaxError/ValueError for bad
# statements; trace.Trace counting lines of a function (results' counts for our own file);
# cProfile.Profile runcall and enable/disable with pstats' function names and call counts.
import cProfile
import io
import os
import pstats
import timeit
import trace

t = timeit.Timer('sorted(data)', setup='data = list(range(100, 0, -1))')
print(type(t.timeit(number=10)).__name__, len(t.repeat(repeat=3, number=5)))
n, total = t.autorange()
print(type(n).__name__, n >= 1, type(total).__name__)
print(type(timeit.timeit(lambda: sum(range(10)), number=100)).__name__)
print(len(timeit.repeat('x = 1', repeat=2, number=3)), timeit.default_number, timeit.default_repeat)
print(type(timeit.timeit('y * 2', globals={'y': 21}, number=1)).__name__)
print(timeit.default_timer.__name__)
for bad in [("return 1", ''), ('x = (', ''), ('pass', 'break'), ('1', 'yield')]:
    try:
        timeit.Timer(*bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try:
    timeit.Timer(123)
except ValueError as e:
    print('ValueError', e)
bad = timeit.Timer('1 / 0')
buf = io.StringIO()
try:
    bad.timeit(1)
except ZeroDivisionError:
    bad.print_exc(file=buf)
lines = buf.getvalue().splitlines()
print(lines[0], lines[-1], any('1 / 0' in l for l in lines))

def collatz(n):
    steps = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        steps += 1
    return steps

tr = trace.Trace(count=1, trace=0)
print(tr.runfunc(collatz, 6))
counts = tr.results().counts
mine = sorted((line, c) for (fname, line), c in counts.items() if os.path.basename(fname) == 'timeit_profile_api_shapes.py')
first = collatz.__code__.co_firstlineno
print([(line - first, c) for line, c in mine])
tr2 = trace.Trace(count=0, trace=0, countfuncs=1)
tr2.runfunc(collatz, 3)
print(sorted(f[2] for f in tr2.results().calledfuncs))

prof = cProfile.Profile()
print(prof.runcall(collatz, 27))
prof.enable()
sorted([3, 1, 2])
collatz(7)
prof.disable()
st = pstats.Stats(prof, stream=io.StringIO())
rows = {}
for (fname, line, func), (cc, nc, tt, ct, callers) in st.stats.items():
    rows[func] = (cc, nc)
print(sorted((k, v) for k, v in rows.items() if k in ('collatz', "<built-in method builtins.sorted>", "<method 'disable' of '_lsprof.Profiler' objects>")))
print(st.total_calls >= 3, type(st.total_tt).__name__, sorted(pstats.SortKey.__members__)[:4])
out = io.StringIO()
pstats.Stats(prof, stream=out).strip_dirs().sort_stats('calls').print_stats('collatz')
text = out.getvalue()
print('function calls' in text, 'ncalls' in text, 'collatz' in text)
