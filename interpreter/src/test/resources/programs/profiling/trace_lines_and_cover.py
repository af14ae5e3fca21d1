# trace.Trace printing lines and counting them; results() and write_results() to .cover files
import trace, os, sys, tempfile

def classify(n):
    if n % 2 == 0:
        return "even"
    else:
        return "odd"

def never():
    return "never"    # this line never runs

def loop(k):
    """Count up.

    A docstring is not an executable line.
    """
    out = []
    for i in range(k):
        out.append(classify(i))
    return out

tracer = trace.Trace(count=1, trace=1)
print(tracer.runfunc(loop, 3))

counter = trace.Trace(count=1, trace=0)
counter.runfunc(loop, 4)
counter.runctx('loop(2)', globals(), {})
results = counter.results()
for (filename, lineno), n in sorted(results.counts.items()):
    print(os.path.basename(filename), lineno, n)

d = tempfile.mkdtemp()
results.write_results(show_missing=True, summary=True, coverdir=d)
name = os.path.splitext(os.path.basename(__file__))[0] + ".cover"
print(sorted(os.listdir(d)))
with open(os.path.join(d, name)) as f:
    sys.stdout.write(f.read())
os.remove(os.path.join(d, name))
results.write_results(show_missing=False, summary=False, coverdir=d)
with open(os.path.join(d, name)) as f:
    print(f.read().splitlines()[3:12])
os.remove(os.path.join(d, name))
os.rmdir(d)
