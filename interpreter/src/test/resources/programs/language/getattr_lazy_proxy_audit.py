# __getattr__ vs __getattribute__: a lazy proxy, attribute errors raised inside properties falling to __getattr__, __dir__ override, hasattr swallowing
class Lazy:
    def __init__(self, factory):
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_obj", None)
    def _load(self):
        if self._obj is None:
            print("  loading...")
            object.__setattr__(self, "_obj", self._factory())
        return self._obj
    def __getattr__(self, name):
        return getattr(self._load(), name)
    def __setattr__(self, name, value):
        setattr(self._load(), name, value)
    def __dir__(self):
        return sorted(set(dir(type(self))) | set(vars(self._load())))

class Settings:
    def __init__(self):
        self.host = "localhost"
        self.port = 8080

s = Lazy(Settings)
print("created")
print(s.host)
s.port = 9090
print(s.port, "port" in dir(s), hasattr(s, "nope"))

class Audited:
    def __init__(self):
        self.log = []
        self.value = 10
    def __getattribute__(self, name):
        if not name.startswith("_") and name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<missing {name}>"
    @property
    def broken(self):
        return self.nothing_here + 1

a = Audited()
print(a.value, a.other, a.broken if False else "skip")
try:
    print(a.broken)
except TypeError as e:
    print("TypeError:", e)
print(a.log)

class Strict:
    __slots__ = ("x",)
    def __getattr__(self, name):
        raise AttributeError(f"{type(self).__name__} has no {name!r}", name=name, obj=self)
st = Strict()
for attr in ("x", "y"):
    try:
        getattr(st, attr)
    except AttributeError as e:
        print(attr, "->", e, e.name, e.obj is st)
print(getattr(st, "x", "default"), hasattr(st, "x"))

class Weird:
    def __getattribute__(self, name):
        if name == "__class__":
            return int
        return super().__getattribute__(name)
w = Weird()
print(isinstance(w, int), type(w).__name__, w.__class__)

class KeyErrorInGetattr:
    def __getattr__(self, name):
        return {"a": 1}[name]
k = KeyErrorInGetattr()
print(k.a)
try:
    hasattr(k, "b")
except KeyError as e:
    print("hasattr propagates KeyError", e)
class Counter:
    calls = 0
    def __getattr__(self, name):
        type(self).calls += 1
        if name.startswith("__"):
            raise AttributeError(name)
        return name.upper()
c = Counter()
print(c.foo, str(c)[:9], Counter.calls, f"{c.bar}", Counter.calls)
