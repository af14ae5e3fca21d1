# An objgraph leak hunt as a post walks it: show_growth between requests,
# by_type to pick the leaked objects, find_backref_chain back to the module.
# requires: objgraph
import gc
import objgraph
import sys

class Connection:
    def __init__(self, host):
        self.host = host
        self.buffer = []

class Pool:
    def __init__(self):
        self.active = {}
        self.listeners = []
    def open(self, host):
        conn = Connection(host)
        self.active[host] = conn
        self.listeners.append(lambda: conn.host)
        return conn
    def close(self, host):
        del self.active[host]

pool = Pool()

def serve(i):
    pool.open(f"h{i}")
    pool.close(f"h{i}")

mine = lambda o: type(o).__module__ == "__main__" or isinstance(o, (list, dict)) and o is not globals()
objgraph.growth(limit=None, filter=mine)
for i in range(5):
    serve(i)
objgraph.show_growth(limit=3, filter=lambda o: type(o).__module__ == "__main__")
leaked = objgraph.by_type("Connection")
print("leaked connections:", len(leaked), sorted(c.host for c in leaked))
chain = objgraph.find_backref_chain(leaked[0], objgraph.is_proper_module)
print("chain types:", [type(x).__name__ for x in chain])
print("chain length:", len(chain))
print("count:", objgraph.count("Connection"), objgraph.count("__main__.Connection"))
pool.listeners.clear()
del leaked, chain
gc.collect()
print("after fix:", objgraph.count("Connection"))
objgraph.show_growth(limit=3, filter=lambda o: type(o).__module__ == "__main__")
print("done")
