# profile.Profile (the pure-Python profiler) with one-number, pair and float timers: fake frames, callers as counts
import profile, pstats, io

class Clock:
    def __init__(self, step):
        self.now = 0
        self.step = step
    def __call__(self):
        self.now += self.step
        return self.now

class PairClock(Clock):
    def __call__(self):
        self.now += self.step
        return (self.now, 0.5)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

class Job:
    def __call__(self):
        s = [fact(4), len("abc"), abs(-2)]
        try:
            int("x")
        except ValueError:
            pass
        try:
            divmod(1, 0)
        except ZeroDivisionError:
            pass
        return s
    def __repr__(self):
        return "<the job>"

job = Job()

for clock in (Clock(1), PairClock(2), Clock(0.25)):
    p = profile.Profile(clock)
    print(p.runcall(job))
    out = io.StringIO()
    st = pstats.Stats(p, stream=out).strip_dirs().sort_stats('stdname')
    st.print_stats()
    st.print_callers()
    st.print_callees()
    print(out.getvalue())

p = profile.Profile(Clock(1))
ns = {'job': job}
p.runctx('job()', ns, ns)
p.create_stats()
for k in sorted(p.stats):
    print(k, p.stats[k][:4], sorted(p.stats[k][4].items()))
