# cProfile with its real clock: only call counts and names are printed (the times are masked);
# generators, exceptions through built-ins, builtins=False, subcalls=False, cProfile.run's report
import cProfile, pstats, io, re, contextlib

def gen(n):
    for i in range(n):
        yield i * i

def risky(x):
    try:
        return int(x)
    except ValueError:
        return -1

def driver():
    total = sum(gen(4))
    vals = [risky(v) for v in ("1", "x", "3")]
    d = {}
    d.setdefault("k", []).append(total)
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    return total, vals, sorted(d), isinstance(d, dict)

def counts(prof):
    st = pstats.Stats(prof).strip_dirs()
    return sorted((f[2], f[1], v[0], v[1]) for f, v in st.stats.items())

p = cProfile.Profile()
print(p.runcall(driver))
for row in counts(p):
    print(row)

p = cProfile.Profile(builtins=False)
p.enable()
driver()
p.disable()
print([r[0] for r in counts(p)])

p = cProfile.Profile(subcalls=False)
p.enable(subcalls=False, builtins=False)
driver()
p.disable()
p.create_stats()
print(sorted((k[2], v[1], len(v[4])) for k, v in p.stats.items()))

def mask(text):
    return re.sub(r"\d+\.\d{3}", "T.TTT", text)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    cProfile.run("driver()", sort="calls")
lines = mask(buf.getvalue()).splitlines()
print("\n".join(lines[:5]))
print(sorted(lines[5:]))

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    cProfile.runctx("f(3)", {"f": risky}, {}, sort="name")
print(mask(buf.getvalue()))

with cProfile.Profile() as p:
    risky("7")
print(sorted(k[2] for k in pstats.Stats(p).stats))
print(type(p).__mro__[1], cProfile.label(risky.__code__)[1:], cProfile.label("<x>"))
