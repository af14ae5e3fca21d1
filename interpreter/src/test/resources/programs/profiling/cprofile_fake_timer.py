# cProfile with a deterministic timer: recursion (19/5), built-in labels, a sub-entry's figures per caller
import cProfile, pstats, io

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0] * 0.001

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    items = []
    for i in range(5):
        items.append(fib(i))
    return len(items), sorted(items)

pr = cProfile.Profile(timer)
pr.enable()
work()
pr.disable()
out = io.StringIO()
st = pstats.Stats(pr, stream=out).strip_dirs().sort_stats('stdname')
st.print_stats()
print(out.getvalue())
for k in sorted(st.stats, key=str):
    cc, nc, tt, ct, callers = st.stats[k]
    print(k, cc, nc, round(tt, 6), round(ct, 6), sorted(callers.items()))
