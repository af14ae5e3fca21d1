# WeakKeyDictionary with keys whose __eq__/__hash__ make different objects equal.
import weakref

class Key:
    def __init__(self, name, tag):
        self.name = name
        self.tag = tag
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return f"Key({self.name}/{self.tag})"

k1 = Key("x", 1)
k2 = Key("x", 2)
k3 = Key("y", 3)
d = weakref.WeakKeyDictionary()
d[k1] = "first"
d[k2] = "second"
d[k3] = "third"
print(len(d), d[k1], d[k2])
print(sorted(repr(k) for k in d.keys()))
del k1
print("after del k1:", len(d), k2 in d)
print(d.get(Key("x", 9)))
del k2
print("after del k2:", len(d))
print(list(d.items()))
print(Key("y", 0) in d, 5 in d)
try:
    d[5] = 1
except TypeError as e:
    print("TypeError:", e)
kr = d.keyrefs()
print(len(kr), kr[0]() is k3)
d2 = d.copy()
print(type(d2).__name__, len(d2))
d.update({Key("z", 4): "fourth"})
print("temporary key dies at once:", len(d))
