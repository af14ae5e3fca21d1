# defaultdict factories and lambdas capturing big objects keep them as long as the dict lives.
from collections import defaultdict
import sys
import weakref

class Config:
    def __init__(self):
        self.blob = bytes(10000)
    def default(self):
        return 0

cfg = Config()
w = weakref.ref(cfg)
d = defaultdict(lambda: cfg.default())
d["a"] += 1
print("factory is closure", d.default_factory.__closure__ is None, "refcount", sys.getrefcount(cfg))
del cfg
print("config kept by factory:", w() is not None)
d.default_factory = None
print("factory dropped:", w() is None)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
cfg2 = Config()
d2 = defaultdict(cfg2.default)
print("bound method factory keeps instance", d2.default_factory.__self__ is cfg2, sys.getrefcount(cfg2))
d2["x"]
print("repr", repr(d2).split("<")[0], dict(d2))
copy_d = d2.copy()
print("copy shares factory", copy_d.default_factory == d2.default_factory, sys.getrefcount(cfg2))
