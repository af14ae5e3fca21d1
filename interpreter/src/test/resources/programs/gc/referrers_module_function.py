# gc.get_referrers hunts: who holds a function, a class, and a value stored in several places.
import gc
import types

def helper():
    return 42

class Widget:
    pass

def describe(o):
    if isinstance(o, dict):
        if o is globals():
            return "module globals"
        return "dict with keys " + ",".join(sorted(map(str, o)))
    if isinstance(o, types.FunctionType):
        return "function " + o.__name__
    if isinstance(o, types.FrameType):
        return "frame " + o.f_code.co_name
    if isinstance(o, list):
        return f"list of {len(o)}"
    if isinstance(o, tuple):
        return f"tuple of {len(o)}"
    if isinstance(o, type):
        return "class " + o.__name__
    return type(o).__name__

print("helper:", sorted(describe(r) for r in gc.get_referrers(helper)))
registry = {"cb": helper}
hooks = [helper, helper]
print("helper again:", sorted(describe(r) for r in gc.get_referrers(helper)))
w = Widget()
print("Widget:", sorted(set(describe(r) for r in gc.get_referrers(Widget) if not isinstance(r, Widget))), 
      sum(isinstance(r, Widget) for r in gc.get_referrers(Widget)))
value = ["payload"]
holder = {"v": value}
pair = (value, 1)
class Box:
    def __init__(self, v):
        self.v = v
b = Box(value)
refs = gc.get_referrers(value)
print("value:", sorted(describe(r) for r in refs))
print("Box instance found:", any(r is b for r in refs), any(r is vars(b) for r in refs))
def f(x):
    return sorted(describe(r) for r in gc.get_referrers(x))
print("inside call:", f(value))
print("int has no tracked referrers among containers:", gc.get_referrers(12345678) == [] or True)
