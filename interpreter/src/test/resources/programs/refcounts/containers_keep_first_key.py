# Which object a container keeps when an equal one arrives, counted with sys.getrefcount: a dict
# assignment to an existing key keeps the old key object and replaces the value (the new key's
# count is unchanged), dict.update and setdefault likewise, set.add of an equal item keeps the
# first, a set union keeps the left operand's items, dict.fromkeys over equal keys keeps the first,
# a Counter and defaultdict behave as dicts, and `del d[k]` with an equal key releases the stored
# one. Keys are equal tuples built at run time, so they are distinct objects.
import collections
import sys


def rc(obj):
    return sys.getrefcount(obj) - 2


def key(tag):
    return tuple(["k", 1])  # equal, distinct each call


first = key("first")
second = key("second")
print("equal but distinct:", first == second, first is second, rc(first), rc(second))

d = {first: "a"}
d[second] = "b"
print("dict assignment keeps the first key:", next(iter(d)) is first, rc(first), rc(second), d[first])
d.update({second: "c"})
print("update keeps it too:", next(iter(d)) is first, rc(second))
d.setdefault(second, "z")
print("setdefault:", next(iter(d)) is first, d[first])
del d[second]
print("del with the equal key releases the stored one:", rc(first), len(d))

s = {first}
s.add(second)
print("set.add keeps the first:", next(iter(s)) is first, rc(second))
u = {second} | s
print("union keeps the left's item:", next(iter(u)) is second)
u2 = s | {second}
print("other order:", next(iter(u2)) is first)
del s, u, u2

fk = dict.fromkeys([first, second])
print("fromkeys keeps the first:", next(iter(fk)) is first, rc(second))
del fk

c = collections.Counter()
c[first] += 1
c[second] += 1
print("Counter:", next(iter(c)) is first, c[first])
del c

dd = collections.defaultdict(list)
dd[first].append(1)
dd[second].append(2)
print("defaultdict:", next(iter(dd)) is first, dd[first])
del dd

od = collections.OrderedDict()
od[first] = 1
od[second] = 2
print("OrderedDict:", next(iter(od)) is first, rc(second))
od.move_to_end(second)
print("move_to_end by the equal key:", next(iter(od)) is first)
del od

# values are replaced: the old value's reference is dropped at once
old = key("old")
holder = {"slot": old}
print("value stored:", rc(old))
holder["slot"] = second
print("value replaced, old released:", rc(old), rc(second))
print("final:", rc(first), rc(second))
