# What operator.attrgetter, itemgetter and methodcaller keep: itemgetter holds its keys (one
# reference each, the tuple of several keys too), attrgetter interns its names and keeps a dotted
# name as a tuple of parts, methodcaller holds its name, its arguments tuple and its keywords
# dict; calling them holds nothing afterwards; the results are the objects themselves.
import operator
import sys


def rc(obj):
    return sys.getrefcount(obj) - 2


class Key:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self is other


k1, k2 = Key(), Key()
print("keys", rc(k1), rc(k2))
g1 = operator.itemgetter(k1)
print("itemgetter(k1)", rc(k1))
g2 = operator.itemgetter(k1, k2)
print("itemgetter(k1, k2)", rc(k1), rc(k2))
table = {k1: "one", k2: "two"}
print("results", g1(table), g2(table), "keys after calls", rc(k1), rc(k2))
del g1, g2
print("getters deleted", rc(k1), rc(k2))

parts = ["zq", "_attr_nm"]
name = "".join(parts)
print("attribute name before", rc(name))
ag = operator.attrgetter(name)
print("attrgetter keeps the interned name", rc(name), sys.intern("".join(parts)) is name)
dotted = operator.attrgetter("".join(["a.", name]))
print("dotted attrgetter keeps the part", rc(name))
del ag, dotted
print("deleted", rc(name))

arg = Key()
kw = Key()
mc = operator.methodcaller("count", arg, start=kw)
print("methodcaller holds", rc(arg), rc(kw))
r = repr(mc)
print("repr", r.startswith("operator.methodcaller('count', <"), "held", rc(arg))
del mc
print("methodcaller deleted", rc(arg), rc(kw))

item = Key()
seq = [item]
print("itemgetter(0) result is the item", operator.itemgetter(0)(seq) is item, rc(item))
