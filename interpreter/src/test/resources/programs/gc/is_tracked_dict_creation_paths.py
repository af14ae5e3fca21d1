# gc.is_tracked of dicts by the way they were made (CPython 3.11's MAINTAIN_TRACKING rules): a new
# dict starts untracked and is tracked the moment a key or value that may hold references goes
# in; a literal, dict(), dict(**kw), fromkeys, a comprehension, copy(), dict(d), {**d}, d | e and
# json.loads of atoms stay untracked; copy() of a tracked dict is tracked (even when the container
# was deleted since: the fast copy keeps the flag) where dict(d) inserts item by item and is not;
# removing the container does not untrack (only a full collection does); an instance __dict__
# made from its values follows the same rule; a constant tuple key is already untracked, a built
# one is tracked until a collection untracks it and the dict with it.
import gc
import json


def show(label, d):
    print(f"{label:40} {gc.is_tracked(d)}")


show("{}", {})
show("{1: 'a'} literal", {1: "a"})
show("{'k': []} literal", {"k": []})
show("dict()", dict())
show("dict(a=1, b=2.0)", dict(a=1, b=2.0))
show("dict(a=[])", dict(a=[]))
show("dict.fromkeys('abc')", dict.fromkeys("abc"))
show("dict.fromkeys('ab', [])", dict.fromkeys("ab", []))
show("comprehension of ints", {i: i * 2 for i in range(5)})
show("comprehension of lists", {i: [i] for i in range(5)})
show("dict(zip) of strs", dict(zip("abc", "xyz")))
show("json.loads atoms", json.loads('{"a": 1, "b": "x", "c": null}'))
show("json.loads nested", json.loads('{"a": [1]}'))
show("json.loads inner atoms", json.loads('{"a": {"b": 1}}')["a"])

atoms = {"x": 1, "y": 2}
show("copy() of untracked", atoms.copy())
show("dict(untracked)", dict(atoms))
show("{**untracked}", {**atoms})
show("untracked | untracked", atoms | {"z": 3})

d = {"x": 1}
d["lst"] = [1]
show("after inserting a list", d)
del d["lst"]
show("after deleting it again", d)
show("copy() of that tracked dict", d.copy())
show("dict(that tracked dict)", dict(d))
gc.collect()
show("after a full collection", d)
show("its copy now", d.copy())

e = {}
e.update({"a": 1})
show("update with atoms", e)
e.update(b=())
show("update with () (an atom)", e)
e.setdefault("c", {})
show("setdefault with {}", e)

key = tuple([1, 2])
k = {}
k[key] = "v"
show("built tuple key of atoms", k)
print("the tuple itself tracked:", gc.is_tracked(key))
gc.collect()
print("after collect, tuple:", gc.is_tracked(key), "dict:", gc.is_tracked(k))


class Obj:
    pass


o = Obj()
show("constant tuple key", {(1, 2): 0})
show("instance __dict__ (empty)", o.__dict__)
o.n = 1
show("instance __dict__ with an int", o.__dict__)
o.items = []
show("instance __dict__ with a list", o.__dict__)
show("class namespace copy", dict(vars(Obj)))
