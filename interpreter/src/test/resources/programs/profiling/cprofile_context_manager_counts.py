# cProfile.Profile as a context manager: call counts (primitive vs recursive) read from pstats, no timings.
import cProfile
import pstats
import io

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def helper(xs):
    return sorted(xs)

with cProfile.Profile() as prof:
    fib(10)
    for _ in range(3):
        helper([3, 1, 2])

stats = pstats.Stats(prof)
rows = {}
for (filename, lineno, name), (cc, nc, tt, ct, callers) in stats.stats.items():
    if filename.endswith("cprofile_context_manager_counts.py") or name.startswith("<built-in method builtins.sorted"):
        rows[name] = (cc, nc, sorted(c[2] for c in callers))
for name in sorted(rows):
    print(name, rows[name])
print("total calls:", stats.total_calls >= 180, "primitive:", stats.prim_calls)
out = io.StringIO()
stats.stream = out
stats.sort_stats("ncalls").print_stats(1)
text = out.getvalue()
print("177/1" in text, "function calls" in text)
