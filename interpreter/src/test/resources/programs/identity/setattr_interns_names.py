# Attribute and keyword names are interned: setattr with a computed name
# interns it (the instance dict's key is the interned str), getattr does
# not need to; **kwargs keys, globals() keys and class namespace keys are the
# interned objects; sys.intern answers the one already there.
import sys

class Obj:
    pass

o = Obj()
name = "".join(["dyn", "amic_attr"])
setattr(o, name, 1)
key = next(iter(vars(o)))
print("instance dict key is the interned:", key is sys.intern("dynamic_attr"))
print("literal is the key:", key is "dynamic_attr")
other = "".join(["plain", "_value"])
d = {other: 1}
print("plain dict key not interned:", next(iter(d)) is other, sys.intern("plain_value") is other)

def kw(**kwargs):
    return list(kwargs)
made = "".join(["key", "word"])
keys = kw(**{made: 1})
print("**kwargs key is the passed str:", keys[0] is made, keys[0] is "keyword")
keys = kw(keyword=1)
print("literal keyword interned:", keys[0] is "keyword")

gname = "".join(["glob", "al_name"])
globals()[gname] = 5
print("globals key set by item is ours:", [k for k in globals() if k == "global_name"][0] is gname)
exec("late_global = 1")
print("exec'd name interned:", [k for k in globals() if k == "late_global"][0] is "late_global")
Made = type("Made", (), {"".join(["cls", "_attr"]): 1})
print("type() namespace key interned:", [k for k in Made.__dict__ if k == "cls_attr"][0] is "cls_attr")
print("__name__ of a class interned:", Made.__name__ is "Made")
def func(): pass
print("function __name__ interned:", func.__name__ is "func", func.__qualname__ is "func")
s1 = sys.intern("".join(["x"] * 30))
s2 = sys.intern("x" * 30)
print("sys.intern twice:", s1 is s2)
print("hasattr with computed name:", hasattr(o, "".join(["dynamic", "_attr"])))
print("vars keys sorted:", sorted(vars(o)))
