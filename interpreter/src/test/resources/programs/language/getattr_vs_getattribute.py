# __getattr__ only after normal lookup fails; __getattribute__ always; proxies
class A:
    x = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith('dyn'):
            return name.upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
a = A()
print(a.x, a.dynamic)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, 'nothing', 'default'), hasattr(a, 'dynX'))
class B:
    def __init__(self):
        self.v = 10
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("fallback", name)
        return 0
b = B()
print(b.v)
print(b.nope)
class Prop:
    @property
    def bad(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr got " + name
print(Prop().bad)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("set", name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print("del", name)
        delattr(self._target, name)
class T: pass
t = T()
px = Proxy(t)
px.a = 1
print(px.a, t.a)
del px.a
print(hasattr(t, 'a'))
print(len([1, 2]).__class__.__name__, type(px).__name__)
