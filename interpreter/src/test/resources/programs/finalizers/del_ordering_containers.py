# The order __del__ runs when dicts, lists, sets' owners and instance attributes are released.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

print("-- list clear")
l = [T("l1"), T("l2"), T("l3")]
l.clear()
print("-- list slice delete")
l = [T("s1"), T("s2"), T("s3"), T("s4")]
del l[1:3]
del l
print("-- dict released")
d = {"x": T("dx"), "y": T("dy"), "z": T("dz")}
del d
print("-- dict pop/overwrite")
d = {"k": T("old")}
d["k"] = T("new")
d.pop("k")
print("-- instance attributes")
class Holder:
    def __init__(self):
        self.b = T("attr b")
        self.a = T("attr a")
h = Holder()
h.c = T("attr c")
del h
print("-- slots")
class S:
    __slots__ = ("z", "y")
    def __init__(self):
        self.y = T("slot y")
        self.z = T("slot z")
s = S()
del s
print("-- tuple")
t = (T("t1"), T("t2"))
del t
print("-- nested")
n = [T("outer"), [T("inner1"), T("inner2")], T("last")]
del n
print("-- end")
