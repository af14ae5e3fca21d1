# weakref.ref can be subclassed to carry data; subclass instances are never shared.
import weakref

class Tagged(weakref.ref):
    def __new__(cls, obj, tag):
        return super().__new__(cls, obj)

    def __init__(self, obj, tag):
        super().__init__(obj)
        self.tag = tag

class Obj:
    pass

o = Obj()
t1 = Tagged(o, "first")
t2 = Tagged(o, "second")
print(t1 is t2, t1.tag, t2.tag, t1() is o)
print(weakref.getweakrefcount(o))
del o
print(t1(), t2.tag)
