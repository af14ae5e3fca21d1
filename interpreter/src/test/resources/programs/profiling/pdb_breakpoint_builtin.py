# breakpoint() and sys.breakpointhook: pdb.set_trace reading commands from stdin, $PYTHONBREAKPOINT
# (0, a builtin, module.attr, unimportable names), a custom hook, the hook lost
import sys, os

def f(x):
    y = x + 1
    breakpoint()
    return y * 2

print(f(1))
os.environ['PYTHONBREAKPOINT'] = '0'
print(f(2))
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint('a', 'b', sep='-')
os.environ['PYTHONBREAKPOINT'] = 'int'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'nosuchmodule.hook'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'os.nosuchattr'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = '.hook'
print(breakpoint())
del os.environ['PYTHONBREAKPOINT']
sys.breakpointhook = lambda *a, **k: print('custom', a, k)
breakpoint(1, k=2)
print(sys.__breakpointhook__ is not sys.breakpointhook, sys.__breakpointhook__.__name__)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = sys.__breakpointhook__
print(f(3))
