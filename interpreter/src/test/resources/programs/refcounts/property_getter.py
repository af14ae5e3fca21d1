# obj.prop: LOAD_ATTR keeps obj on the value stack while the property calls its getter, so the
# getter sees one more reference than a method called as obj.meth().
import sys

class C:
    @property
    def prop(self):
        return sys.getrefcount(self)

    def meth(self):
        return sys.getrefcount(self)

    def __getattr__(self, name):
        return sys.getrefcount(self)

o = C()
print("method:", o.meth())
print("property:", o.prop)
print("__getattr__ fallback:", o.missing)
print("getattr(o, 'prop'):", getattr(o, "prop"))
print("after:", sys.getrefcount(o))
