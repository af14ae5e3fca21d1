# cProfile.runcall with an integer timer and timeunit, getstats, dump_stats/Stats(file)/add, get_stats_profile, runctx to a file
import cProfile, pstats, io, os, tempfile, marshal

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]

def square(x):
    return x * x

def squares(n):
    return [square(i) for i in range(n)]

pr = cProfile.Profile(timer, 0.01)
print(pr.runcall(squares, 4))
pr.create_stats()
print(sorted((k[2], v[:2]) for k, v in pr.stats.items()))
entries = pr.getstats()
print(sorted((e.code if isinstance(e.code, str) else e.code.co_name, e.callcount, e.reccallcount)
             for e in entries))

d = tempfile.mkdtemp()
path = os.path.join(d, 'out.prof')
pr.dump_stats(path)
with open(path, 'rb') as f:
    data = marshal.load(f)
print(sorted(k[2] for k in data))

out = io.StringIO()
st = pstats.Stats(path, stream=out)
print(len(st.files), st.files[0].endswith(path), st.total_calls, st.prim_calls)
st2 = pstats.Stats(pr, stream=out)
st2.add(path, path)
print(st2.total_calls, len(st2.files))
st2.strip_dirs().sort_stats('calls', 'name')
for name, fp in st2.get_stats_profile().func_profiles.items():
    print(name, fp.ncalls, fp.tottime, fp.percall_tottime, fp.cumtime, fp.file_name, fp.line_number)
print(st2.get_stats_profile().total_tt)
st2.dump_stats(path)
st3 = pstats.Stats(path)
print(st3.total_calls)

ns = {'squares': squares}
cProfile.runctx('squares(3)', ns, ns, filename=path)
st4 = pstats.Stats(path)
print(sorted((k[2], v[0], v[1]) for k, v in st4.stats.items()))

try:
    pstats.Stats(cProfile.Profile())
except TypeError as e:
    print("TypeError:", str(e).split(" object at ")[0])
empty = pstats.Stats()
print(empty.stats, empty.total_calls)
empty.print_stats()
empty.add(st4)
print(empty.total_calls, len(empty.stats))
os.remove(path)
os.rmdir(d)
