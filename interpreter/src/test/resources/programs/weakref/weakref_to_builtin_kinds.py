# Weak references to sets, frozensets, functions, classes, methods, code-created objects and their subclasses.
# collectors: generational marksweep
import weakref
import gc

s = {1, 2}
fs = frozenset("ab")
def fn():
    return 1
class K:
    def m(self):
        pass
class DictSub(dict):
    pass
class StrSub(str):
    pass

refs = {}
for name, obj in [("set", s), ("frozenset", fs), ("function", fn), ("class", K),
                  ("dict subclass", DictSub()), ("str subclass", StrSub("x"))]:
    try:
        refs[name] = weakref.ref(obj)
        print(name, "ok", refs[name]() is obj)
    except TypeError as e:
        print(name, e)
for bad in ({}, "str", b"", 0.5, (1,), [1], StrSub):
    try:
        weakref.ref(bad)
        print(type(bad).__name__, "ok")
    except TypeError as e:
        print(e)
del s, fn
print("set dead:", refs["set"]() is None, "function dead:", refs["function"]() is None)
del K
gc.collect()
print("class dead after collect:", refs["class"]() is None)
print(weakref.getweakrefcount(fs), weakref.getweakrefs(fs) == [refs["frozenset"]])
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
