# Delegation as wrappers write it: a proxy with __getattr__ forwarding to the wrapped object,
# __setattr__ routing to the target with object.__setattr__ for its own slots, __delattr__,
# __getattribute__ logging every lookup (and special methods bypassing both), __dir__, a
# read-only view raising AttributeError with suggestions, and the recursion trap of __getattr__
# touching a missing attribute in __init__.
class Proxy:
    __slots__ = ("_target", "_log")

    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

    def __dir__(self):
        return sorted(set(dir(self._target)) | {"_target"})

    def __len__(self):
        return len(self._target)

class Data:
    def __init__(self):
        self.items = [1, 2, 3]
        self.name = "data"
    def total(self):
        return sum(self.items)
    def __len__(self):
        return len(self.items)

d = Data()
p = Proxy(d)
print(p.name, p.total(), len(p))
p.name = "renamed"
print(d.name)
del p.name
print(hasattr(d, "name"), p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print("total" in dir(p), "_target" in dir(p))

class Traced:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  lookup", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("  fallback", name)
        return f"<{name}>"
    def __repr__(self):
        return "Traced()"
    def __len__(self):
        return 7
t = Traced()
print(t.a)
print(t.b)
print(len(t), repr(t), str(t))
print(getattr(t, "c", "default"))
print(hasattr(t, "zzz"))

class ReadOnly:
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__!r} object attribute {name!r} is read-only")
    def __delattr__(self, name):
        raise AttributeError(f"{type(self).__name__!r} object attribute {name!r} is read-only")
r = ReadOnly(colour="red", size=3)
print(r.colour, r.size)
for act in (lambda: setattr(r, "colour", "blue"), lambda: delattr(r, "size"), lambda: r.colr):
    try:
        act()
    except AttributeError as e:
        print("AttributeError:", e)

class Fragile:
    def __init__(self, value):
        if value > 0:
            self.value = value
    def __getattr__(self, name):
        if name == "value":
            raise AttributeError(f"no value yet")
        return self.value * 2
f = Fragile(0)
try:
    f.double
except AttributeError as e:
    print("AttributeError:", e)
print(Fragile(4).double)

class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: key.upper()
        raise AttributeError(name)
print(Lazy().get_thing(), getattr(Lazy(), "get_x")())
try:
    Lazy().other
except AttributeError as e:
    print("AttributeError:", repr(e), e.name, type(e.obj).__name__)
class Infinite:
    def __getattr__(self, name):
        return self.__getattr__(name)
try:
    Infinite().x
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
