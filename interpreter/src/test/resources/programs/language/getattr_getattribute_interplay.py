# __getattr__ vs __getattribute__: fallback order, AttributeError from properties, super() delegation, dir and hasattr
class Logged:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  getattribute {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print(f"  getattr fallback {name}")
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

o = Logged()
print(o.real)
print(o.dyn_value)
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(o, "nothing"), getattr(o, "nothing", "default"))

class Prop:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Prop().broken)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r} on target")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print(f"  del {name} on target")
        delattr(self._target, name)
class Target:
    pass
tg = Target()
px = Proxy(tg)
px.color = "red"
print(px.color, tg.color, "color" in vars(px), vars(px).keys())
del px.color
print(hasattr(tg, "color"))
try:
    len(px)
except TypeError as e:
    print("TypeError:", e)

class Recursive:
    def __getattr__(self, name):
        return self.other
try:
    Recursive().x
except RecursionError as e:
    print("RecursionError:", str(e)[:40])

class Slots:
    __slots__ = ("a",)
    def __getattr__(self, name):
        return f"no {name}"
s = Slots()
print(s.a, s.b)
s.a = 5
print(s.a)
class Special:
    def __getattr__(self, name):
        print("  asked for", name)
        raise AttributeError(name)
sp = Special()
try:
    len(sp)
except TypeError as e:
    print("implicit lookup skips __getattr__:", e)
print(repr(sp).startswith("<__main__.Special object"), str(type(sp)))
print(getattr(sp, "__len__", "not found via getattr"))
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
ns = type("NS", (), {"__getattr__": lambda self, n: n * 2})()
print(ns.ab, getattr(ns, "xy"))
print(object.__getattribute__(o, "real"))
