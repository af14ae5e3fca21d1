# PEP 562: a module's __getattr__ (and __dir__) in its own dict answer for names it does not have.
import sys
import types

calls = []

def __getattr__(name):
    calls.append(name)
    if name.startswith("lazy_"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (custom)")

me = sys.modules[__name__]
print(me.lazy_value, calls)
print(getattr(me, "lazy_other"), getattr(me, "missing", "default"), calls)
print(hasattr(me, "missing"), hasattr(me, "lazy_x"))
try:
    me.missing
except AttributeError as e:
    print("AttributeError:", e)
# a name the module has never reaches the hook
print(me.calls is calls, len(calls))

m = types.ModuleType("plugin")
exec("def __getattr__(name):\n    if name == 'answer':\n        return 42\n    raise AttributeError(name)\n"
     "def __dir__():\n    return ['answer', 'zeta', 'alpha']\n", m.__dict__)
print(m.answer, dir(m))
try:
    m.other
except AttributeError as e:
    print("AttributeError:", e)
del m.__getattr__
try:
    m.answer
except AttributeError as e:
    print("AttributeError:", e)

def bad(name):
    raise KeyError(name)
m2 = types.ModuleType("broken")
m2.__getattr__ = bad
try:
    m2.x
except KeyError as e:
    print("KeyError:", e)
try:
    getattr(m2, "x", None)
except KeyError as e:
    print("KeyError from getattr with a default:", e)
