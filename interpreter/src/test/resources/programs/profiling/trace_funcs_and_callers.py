# trace.Trace with countfuncs, countcallers (method names through their class), ignoremods, ignoredirs
import trace, os, sys

class Shape:
    def __init__(self, side):
        self.side = side
    def area(self):
        return square(self.side)

def square(x):
    return x * x

def main():
    shapes = [Shape(2), Shape(3)]
    return sum(s.area() for s in shapes)

t = trace.Trace(count=0, trace=0, countfuncs=1)
print(t.runfunc(main))
r = t.results()
for filename, mod, func in sorted(r.calledfuncs):
    print(os.path.basename(filename), mod, func)
r.write_results(show_missing=False)

t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(main)
r = t.results()
for (caller, callee) in sorted(r.callers, key=lambda pair: (pair[0][1:], pair[1][1:])):
    print(caller[1:], '->', callee[1:])

t = trace.Trace(count=1, trace=1, ignoremods=['trace_funcs'])
print(t.runfunc(main), t.results().counts)
t = trace.Trace(count=1, trace=1, ignoredirs=[os.path.dirname(os.path.abspath(__file__))])
print(t.runfunc(main), t.results().counts)
t = trace.Trace(count=0, trace=1)
t.runctx('x = square(4)\nprint(x)', {'square': square, '__file__': 'fake/mod.py'})
t = trace.Trace(count=0, trace=0)
print(t.donothing, t.runfunc(square, 5))
