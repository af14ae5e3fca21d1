# Class attributes against instance attributes counted: a class attribute is
# one reference from the class dict whatever the number of instances, an
# instance assignment shadows it with one more, del brings the class one
# back; methods, staticmethods and properties hold their functions.
import sys

default_cfg = {"debug": False}

class Service:
    config = default_cfg
    limit = 10**12
    def run(self):
        return self.config
    @staticmethod
    def helper():
        return 1
    @property
    def name(self):
        return "svc"

print("class attr    ", sys.getrefcount(default_cfg))
services = [Service() for _ in range(5)]
print("5 instances   ", sys.getrefcount(default_cfg))
reads = [s.config for s in services]
print("5 reads kept  ", sys.getrefcount(default_cfg))
del reads
services[0].config = default_cfg
print("one shadowing ", sys.getrefcount(default_cfg), "in instance dict:", "config" in vars(services[0]))
del services[0].config
print("shadow deleted", sys.getrefcount(default_cfg), services[0].config is default_cfg)
own = {"debug": True}
services[1].config = own
print("own config    ", services[1].run() is own, services[2].run() is default_cfg)
Service.config = None
print("class rebound ", sys.getrefcount(default_cfg), services[2].config, services[1].config is own)
Service.config = default_cfg
fn = Service.__dict__["run"]
print("function refs ", sys.getrefcount(fn) - 1, Service.run is fn)
bound = services[2].run
print("bound method holds instance:", sys.getrefcount(services[2]) - 1, bound.__self__ is services[2])
del bound
print("after del bound:", sys.getrefcount(services[2]) - 1)
sm = Service.__dict__["helper"]
print("staticmethod wraps:", type(sm).__name__, sm.__func__ is Service.helper, Service().helper is Service.helper)
prop = Service.__dict__["name"]
print("property fget refs:", sys.getrefcount(prop.fget) - 1, services[3].name)
print("limit shared:", all(s.limit is Service.limit for s in services), sys.getrefcount(Service.limit) - 1)
