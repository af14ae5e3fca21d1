# vars, dir and type(name, bases, dict).
class Base:
    greeting = "hi"

Dynamic = type("Dynamic", (Base,), {"x": 1, "double": lambda self: self.x * 2})
d = Dynamic()
print(type(d).__name__, d.double(), d.greeting, Dynamic.__mro__[1].__name__, isinstance(d, Base))
print(sorted(k for k in vars(Dynamic) if not k.startswith("__")))
print([n for n in dir(d) if not n.startswith("__")])
print(type(1), type("s"), type([]), type(None), type(len), type(type))
d.y = 5
print(vars(d))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
