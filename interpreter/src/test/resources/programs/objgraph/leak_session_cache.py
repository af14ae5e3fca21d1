# requires: objgraph
# An objgraph leak hunt: show_growth finds Session objects piling up, find_backref_chain finds the cache.
import objgraph
import gc

class Session:
    def __init__(self, user):
        self.user = user
        self.data = {"cart": []}

_cache = {}

def login(user):
    s = Session(user)
    _cache[user] = s
    return s

def request(user):
    s = login(user)
    s.data["cart"].append("item")

objgraph.growth(limit=None)
for i in range(5):
    request(f"user{i}")
gc.collect()
print("growth", [(n, d) for n, total, d in objgraph.growth(limit=3)])
print("Session count", objgraph.count("Session"))
leaked = objgraph.by_type("Session")[0]
chain = objgraph.find_backref_chain(leaked, objgraph.is_proper_module)
print("chain types", [type(x).__name__ for x in chain])
print("chain ends in module __main__", chain[0].__name__ if hasattr(chain[0], "__name__") else None)
print("cache dict in chain", any(x is _cache for x in chain))
_cache.clear()
gc.collect()
print("after clear", objgraph.count("Session"))
print("growth after clear", objgraph.growth(limit=3))
