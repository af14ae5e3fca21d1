# Method calls on built-in objects at one site (o.append(x), o.get(k), sep.join(parts)), run many
# times, then with other types at the same site: a subclass overriding the method, a subclass
# instance with the name in its own __dict__, another built-in type, an object without the method.
# Results, errors and refcounts are CPython's.
import sys


def add(o, x):
    o.append(x)
    return o


def get(o, k):
    return o.get(k, "default")


def joined(sep, parts):
    return sep.join(parts)


l = []
for i in range(100):
    add(l, i)
print(len(l), sum(l))


class Logged(list):
    def append(self, x):
        super().append(("logged", x))


print(add(Logged(), 1), add([], 2), add(Logged([0]), 3))


class Own(list):
    pass


o = Own()
o.append = lambda x: print("own append", x)
add(o, 4)
print(o)

d = {"a": 1}
print([get(d, k) for k in "ab" * 40][-2:])


class Mapping(dict):
    def get(self, k, default=None):
        return ("Mapping.get", k)


print(get(Mapping(), "a"), get(d, "a"), get(dict(a=2), "a"))

for i in range(100):
    s = joined("-", ["x", str(i)])
print(s, joined(b"+", [b"a", b"b"]), joined(", ", ("p", "q")))

for bad in [5, (), "text"]:
    try:
        add(bad, 1)
    except AttributeError as e:
        print(type(e).__name__, e)

item = object()
base = sys.getrefcount(item)
bag = []
for i in range(60):
    bag.append(item)
print(sys.getrefcount(item) - base)
bag.clear()
print(sys.getrefcount(item) - base)
meth = list.append
before = sys.getrefcount(meth)
for i in range(60):
    bag.append(i)
print(sys.getrefcount(meth) - before, len(bag))
