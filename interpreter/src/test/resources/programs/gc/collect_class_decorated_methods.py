# A class in a cycle with itself, holding a property, a classmethod and a staticmethod. classmethod(f)
# and staticmethod(f) copy f's __module__, __name__, __qualname__, __doc__ and __annotations__ into
# their own __dict__ (a tracked dict each); property copies nothing. So gc.collect() finds the class,
# its dict, mro, bases tuple, the functions, the wrappers and the wrappers' dicts.
# refcount: expect collect_class_decorated_methods.refcount.out
import gc

gc.collect()


class C:
    @property
    def p(self):
        return 1

    @classmethod
    def c(cls):
        return 2

    @staticmethod
    def s():
        return 3


C.self = C
del C
print(gc.collect())



def g():
    pass


sm = staticmethod(g)
print(sorted(sm.__dict__), sm.__name__, sm.__qualname__, sm.__module__, sm.__doc__)
print(g.__annotations__, sm.__annotations__ is g.__annotations__)


def f(a: int) -> str:
    "doc of f"


cm = classmethod(f)
print(sorted(cm.__dict__.items(), key=str))
print(cm.__annotations__ is f.__annotations__, cm.__doc__, cm.__wrapped__ is f)
cm.extra = 5
print(cm.extra, "extra" in cm.__dict__)
del cm.extra
try:
    del cm.extra
except AttributeError as e:
    print("AttributeError:", e)
print(gc.collect())
