# trace: counts saved to an outfile and merged back through infile, CoverageResults.update,
# a missing or broken counts file, "#pragma NO COVER" lines, write_results without coverdir, timing off
import trace, os, sys, tempfile, pickle

def pick(n):
    if n > 100:
        return 'big'  #pragma NO COVER
    if n > 10:
        return 'medium'
    return 'small'

work = tempfile.mkdtemp()
saved = os.path.join(work, 'counts.pickle')
t = trace.Trace(count=1, trace=0, outfile=saved)
print(t.runfunc(pick, 3), t.runfunc(pick, 50))
r = t.results()
r.write_results(show_missing=True, summary=True, coverdir=work)
print(os.path.exists(saved), sorted(os.listdir(work)))
with open(os.path.join(work, 'trace_counts_saved_and_merged.cover')) as f:
    print(''.join(f.readlines()[4:11]), end='')
with open(saved, 'rb') as f:
    counts, funcs, callers = pickle.load(f)
print(sorted((os.path.basename(k[0]), k[1], v) for k, v in counts.items()), funcs, callers)

t2 = trace.Trace(count=1, trace=0, infile=saved)
t2.runfunc(pick, 1)
merged = t2.results()
print(sorted((k[1], v) for k, v in merged.counts.items()))
print(sorted((k[1], v) for k, v in merged.counter.items()))

a = trace.CoverageResults({('f.py', 1): 2}, {('f.py', 'f', 'g'): 1}, callers={(1, 2): 1})
b = trace.CoverageResults({('f.py', 1): 3, ('f.py', 2): 1}, {('f.py', 'f', 'h'): 1})
a.update(b)
print(a.counts, a.calledfuncs, a.callers)
print(a.is_ignored_filename('<string>'), a.is_ignored_filename('<x'), a.is_ignored_filename('x.py'))

bad = os.path.join(work, 'bad.pickle')
with open(bad, 'wb') as f:
    f.write(b'')
import io
sys.stderr = io.StringIO()
trace.CoverageResults(infile=bad)
trace.CoverageResults(infile=os.path.join(work, 'missing.pickle'))
print(sys.stderr.getvalue().replace(work, 'WORK'), end='')
sys.stderr = sys.__stderr__
r = trace.CoverageResults({('<string>', 1): 1})
r.write_results(summary=True)
for name in os.listdir(work):
    os.remove(os.path.join(work, name))
os.rmdir(work)
print('ok')
