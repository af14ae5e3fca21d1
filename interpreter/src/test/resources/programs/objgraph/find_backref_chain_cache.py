# find_backref_chain from a leaked object back to a module, as a leak hunt in a cache does it.
# requires: objgraph
import objgraph
import types

class Session:
    def __init__(self, user):
        self.user = user

class Cache:
    def __init__(self):
        self.entries = {}
    def put(self, key, value):
        self.entries[key] = [value]

cache = Cache()
leaked = Session("alice")
cache.put("alice", leaked)
chain = objgraph.find_backref_chain(leaked, objgraph.is_proper_module)
print(len(chain))
for obj in chain:
    if isinstance(obj, types.ModuleType):
        print("module", obj.__name__)
    elif isinstance(obj, dict):
        print("dict with keys", sorted(k for k in obj if isinstance(k, str) and not k.startswith("__"))[:4])
    else:
        print(type(obj).__name__)
print(chain[-1] is leaked)
print(objgraph.is_proper_module(objgraph), objgraph.is_proper_module(cache))
fwd = objgraph.find_ref_chain(cache, lambda o: isinstance(o, Session))
print([type(o).__name__ for o in fwd])
none = objgraph.find_ref_chain(leaked, lambda o: isinstance(o, Cache))
print([type(o).__name__ for o in none])
