# Module objects: size, __dict__ size as attributes are added, refcounts held by sys.modules.
import sys
import types
import gc

m = types.ModuleType("demo_mod", "a demo module")
print("fresh module:", sys.getsizeof(m), sorted(vars(m)))
print("module dict size:", sys.getsizeof(m.__dict__))
for i in range(12):
    setattr(m, f"attr{i}", i)
print("after 12 attrs:", sys.getsizeof(m.__dict__), len(vars(m)))
rc = sys.getrefcount(m)
sys.modules["demo_mod"] = m
print("sys.modules adds one:", sys.getrefcount(m) - rc)
import demo_mod
print("import binds the same:", demo_mod is m, sys.getrefcount(m) - rc)
del demo_mod
del sys.modules["demo_mod"]
print("back:", sys.getrefcount(m) - rc)
print("module tracked:", gc.is_tracked(m), "dict tracked:", gc.is_tracked(m.__dict__))
print("repr:", repr(m))
m.__dict__.clear()
print("cleared dict repr:", repr(m))
print("module getattr error:", end=" ")
try:
    m.nothing
except AttributeError as e:
    print(e)
def mod_getattr(name):
    return f"lazy {name}"
m2 = types.ModuleType("lazy_mod")
m2.__getattr__ = mod_getattr
print(m2.whatever)
print("sys module size:", sys.getsizeof(sys) == sys.getsizeof(m))
print("weakref to module:", __import__("weakref").ref(m)() is m)
