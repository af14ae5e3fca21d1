# What the weak containers hold, counted with sys.getrefcount: a WeakValueDictionary holds its
# keys strongly and its values not at all (a KeyedRef per entry, whose callback removes the entry
# when the value dies), a WeakKeyDictionary holds its values strongly and its keys not at all,
# a WeakSet holds nothing strongly; get/setdefault/pop hand back strong references; copy() makes
# new refs; and the entries go the moment the referent's count reaches zero.
import sys
import weakref


def rc(obj):
    return sys.getrefcount(obj) - 2


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


key = "".join(["ke", "y"])
value = Obj("v")
wvd = weakref.WeakValueDictionary()
wvd[key] = value
print("WeakValueDictionary: key", rc(key), "value", rc(value), "weakrefs", weakref.getweakrefcount(value))
got = wvd.get(key)
print("get returns the value:", got is value, rc(value))
del got
print("setdefault existing:", wvd.setdefault(key, Obj("other")), rc(value))
cp = wvd.copy()
print("copy: value", rc(value), "weakrefs", weakref.getweakrefcount(value), "key", rc(key))
del cp
print("copy dropped: weakrefs", weakref.getweakrefcount(value), "key", rc(key))
del value
print("value died: entries", len(wvd), "key", rc(key))

k = Obj("k")
payload = ["payload"]
wkd = weakref.WeakKeyDictionary({k: payload})
print("WeakKeyDictionary: key", rc(k), "payload", rc(payload))
print("keyrefs:", len(wkd.keyrefs()), "lookup:", wkd[k] is payload)
del k
print("key died: entries", len(wkd), "payload", rc(payload))

items = [Obj(i) for i in range(3)]
ws = weakref.WeakSet(items)
print("WeakSet holds none:", [rc(x) for x in items], len(ws))
first = items.pop(0)
print("popped from the list, still in the set:", len(ws), first in ws)
del first
print("after del:", len(ws))
items.clear()
print("all gone:", len(ws))

v2 = Obj("p")
wvd["p"] = v2
popped = wvd.pop("p")
print("pop returns a strong reference:", popped is v2, rc(v2), len(wvd))
