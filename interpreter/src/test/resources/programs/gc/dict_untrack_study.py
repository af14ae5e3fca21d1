# collectors: generational refcount
# Dicts that hold only atoms are untracked until something trackable goes in; a study with is_tracked.
import gc

d = {}
print("empty dict", gc.is_tracked(d))
d["a"] = 1
print("int value", gc.is_tracked(d))
d["b"] = "str"
print("str value", gc.is_tracked(d))
d["c"] = (1, 2)
print("tuple of atoms value", gc.is_tracked(d))
d["d"] = []
print("list value", gc.is_tracked(d))
del d["d"]
print("list removed: still tracked", gc.is_tracked(d))
gc.collect()
print("after full collect", gc.is_tracked(d))
lit = {"x": 1, "y": [2]}
print("literal with list", gc.is_tracked(lit))
comp = {i: i * 2 for i in range(3)}
print("comprehension of ints", gc.is_tracked(comp))
cp = dict(comp)
print("copy", gc.is_tracked(cp), gc.is_tracked(comp.copy()))
class A:
    pass
a = A()
print("instance", gc.is_tracked(a), "its dict", gc.is_tracked(a.__dict__))
t = tuple([1, 2, 3])
print("new tuple of ints", gc.is_tracked(t))
gc.collect()
print("after collect", gc.is_tracked(t))
nested = ((1, 2), (3, 4))
print("constant nested tuple", gc.is_tracked(nested))
s = {1, 2}
print("set of ints", gc.is_tracked(s), "frozenset", gc.is_tracked(frozenset(s)))
print("str/int/None", gc.is_tracked("x"), gc.is_tracked(1), gc.is_tracked(None))
