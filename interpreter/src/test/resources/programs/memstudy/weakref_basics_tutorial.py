# A weakref tutorial: what can and cannot be weakly referenced.
import weakref
import sys

class MyClass:
    def method(self):
        return self

class MyList(list):
    pass

class MyDict(dict):
    pass

candidates = [("instance", MyClass()), ("list subclass", MyList()), ("dict subclass", MyDict()),
              ("function", lambda: 0), ("class", MyClass), ("set", {1}), ("frozenset", frozenset()),
              ("list", []), ("dict", {}), ("int", 1), ("str", "s"), ("tuple", ()),
              ("bytes", b""), ("None", None), ("type", type), ("module", sys),
              ("method", MyClass().__init__), ("generator", (x for x in ())), ("object()", object())]
for name, obj in candidates:
    try:
        weakref.ref(obj)
        ok = "yes"
    except TypeError:
        ok = "no"
    print(f"{name:<14} {ok}")

obj = MyClass()
r = weakref.ref(obj)
print("refcount unchanged by weakref:", sys.getrefcount(obj))
print("r() is obj:", r() is obj)
print("hash equal:", hash(r) == hash(obj))
print("getweakrefs:", weakref.getweakrefs(obj) == [r])
p = weakref.proxy(obj)
print("refs and proxies:", weakref.getweakrefcount(obj))
del obj
print("dead ref:", r(), "callback:", r.__callback__)
cb = weakref.ref(MyClass, print)
print("callback attribute:", cb.__callback__ is print)
try:
    hash(weakref.ref(MyClass()))
except TypeError as e:
    print("TypeError:", e)
wm = weakref.WeakMethod(MyClass().method)
print("WeakMethod to a temporary:", wm())
keeper = MyClass()
wm2 = weakref.WeakMethod(keeper.method)
print("WeakMethod alive:", wm2() == keeper.method, wm2()() is keeper)
