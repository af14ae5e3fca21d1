# Persistence for a notes app: copy vs deepcopy with shared parts, pickle protocols with custom __getstate__/__setstate__ and __reduce__, shelve in a temporary directory with writeback, and pickling errors.
import copy
import os
import pickle
import pickletools
import shelve
import tempfile
from collections import OrderedDict, defaultdict, namedtuple

Tag = namedtuple("Tag", "name color")

class Note:
    def __init__(self, title, body, tags):
        self.title, self.body, self.tags = title, body, tags
        self._cache = {"rendered": f"<h1>{title}</h1>"}
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_cache"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {"restored": True}
    def __repr__(self):
        return f"Note({self.title!r}, tags={[t.name for t in self.tags]})"

class Color:
    def __init__(self, r, g, b): self.rgb = (r, g, b)
    def __reduce__(self): return (Color, self.rgb)
    def __eq__(self, o): return self.rgb == o.rgb

shared = [Tag("work", "blue")]
n1 = Note("Plan", "do things", shared)
n2 = Note("Ideas", "think", shared)
notebook = {"notes": [n1, n2], "color": Color(1, 2, 3), "counts": defaultdict(int, a=1), "order": OrderedDict(z=1, a=2)}
shallow = copy.copy(notebook)
deep = copy.deepcopy(notebook)
print(shallow["notes"] is notebook["notes"], deep["notes"] is notebook["notes"])
print(deep["notes"][0].tags is deep["notes"][1].tags, deep["notes"][0].tags is shared)
print(deep["notes"][0]._cache, deep["color"] == notebook["color"])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(notebook, protocol=proto)
    back = pickle.loads(data)
    print(proto, back["notes"], back["notes"][0]._cache, back["notes"][0].tags is back["notes"][1].tags,
          back["color"] == notebook["color"], type(back["counts"]).__name__, list(back["order"]))
print(pickle.dumps(Tag("x", "y"), protocol=0))
pickletools.dis(pickle.dumps([1, "a", (None, True)], protocol=2))
print(pickletools.optimize(pickle.dumps((1, 2), 2)) == pickle.dumps((1, 2), 2))
for bad in (lambda: pickle.dumps(lambda: 0), lambda: pickle.dumps((x for x in [])), lambda: pickle.loads(b"garbage"),
            lambda: pickle.loads(b""), lambda: pickle.dumps(open(os.devnull))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.db")
    with shelve.open(path) as db:
        db["plan"] = n1
        db["list"] = [1, 2]
        db["list"].append(3)
        print(sorted(db.keys()), db["list"], "plan" in db, len(db))
    with shelve.open(path, writeback=True) as db:
        db["list"].append(4)
        db["new"] = {"k": "v"}
        del db["plan"]
    with shelve.open(path, flag="r") as db:
        print(sorted(db.items(), key=lambda kv: kv[0]))
        try:
            db["x"] = 1
        except Exception as e:
            print(type(e).__name__, e)
        try:
            db["missing"]
        except KeyError as e:
            print("KeyError:", e)
class Local:
    pass
def make():
    class Inner: pass
    return Inner()
pickle.dumps(make())
