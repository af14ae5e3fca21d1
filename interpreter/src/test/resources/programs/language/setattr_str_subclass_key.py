# setattr with a name that is a str subclass instance on an instance whose attributes live in its
# class's shared-key values (3.11's _PyObject_StoreInstanceAttribute): only an exact str goes into
# the shared keys; a subclass name makes the instance's __dict__ from its values and the dict keeps
# the subclass object as the key (a name already there keeps its str key); the class's later
# instances still share plain keys; delattr with such a name makes the dict first too; setattr on
# an instance that already has a dict, on a __slots__ class with __dict__, and on the class itself;
# two equal instances of a str subclass compare equal (unicode_eq takes any two strs) and find
# each other as dict keys.
import sys


class S(str):
    pass


class H(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return str(self) == other


class C:
    pass


def key_types(o):
    return [(str(k), type(k).__name__) for k in vars(o)]


print("S == S:", S("k") == S("k"), S("k") != S("k"), S("k") == "k", "k" == S("k"), S("a") < S("b"))
print("S keys:", {S("k"): 1}.get(S("k")), S("k") in {S("k")}, {"k": 2}[S("k")], {S("k"): 3}["k"])

c = C()
c.a = 1
setattr(c, S("x"), 2)
print("new name:", key_types(c), c.x, getattr(c, S("x")))
setattr(c, S("a"), 3)
print("existing name keeps its key:", key_types(c), c.a)
n = C()
n.a = 1
n.x = 2
print("a later instance:", key_types(n))

e = C()
setattr(e, S("y"), 5)
print("first attribute:", key_types(e), e.y)
f = C()
setattr(f, H("h"), 9)
f.h = 10
print("hash/eq subclass:", key_types(f), vars(f))

g = C()
g.a = 1
g.b = 2
delattr(g, S("a"))
print("delattr:", key_types(g))
try:
    delattr(g, S("zz"))
except AttributeError as ex:
    print("AttributeError:", ex)

h = C()
h.a = 1
vars(h)  # the dict exists first
setattr(h, S("x"), 2)
print("dict already made:", key_types(h))


class Slotted:
    __slots__ = ("x", "__dict__")


s = Slotted()
setattr(s, S("x"), 4)
setattr(s, S("z"), 5)
print("slots:", s.x, key_types(s))

setattr(C, S("klass"), 7)
print("on the class:", [type(k).__name__ for k in vars(C) if k == "klass"], C.klass, c.klass)
name = S("made")
before = sys.getrefcount(name)
setattr(e, name, 1)
print("the subclass name is held by the dict:", sys.getrefcount(name) - before)
