# trace.Trace(count=1, trace=0).runfunc and CoverageResults.counts for a small function's lines.
import trace

def classify(n):
    if n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    return kind

def run():
    out = []
    for i in range(5):
        out.append(classify(i))
    return out

tracer = trace.Trace(count=1, trace=0, countfuncs=0)
result = tracer.runfunc(run)
print(result)
counts = tracer.results().counts
mine = sorted((line, c) for (fname, line), c in counts.items() if fname == __file__)
print(mine)
ft = trace.Trace(count=0, trace=0, countfuncs=1)
ft.runfunc(run)
funcs = sorted(name for (fname, mod, name) in ft.results().calledfuncs if fname == __file__)
print(funcs)
ct = trace.Trace(count=0, trace=0, countcallers=1)
ct.runfunc(run)
pairs = sorted((a[2], b[2]) for (a, b) in ct.results().callers if a[0] == __file__)
print(pairs)
