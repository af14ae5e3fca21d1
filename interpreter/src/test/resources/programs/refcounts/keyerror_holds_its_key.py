# KeyError holds the missing key itself (_PyErr_SetKeyError): e.args[0] is the key for dict
# subscripts, pop and del, set.remove (the original set key, not its frozenset), OrderedDict
# (whose pop and move_to_end spread a tuple key: PyErr_SetObject), defaultdict without a factory,
# WeakValueDictionary and os.environ; the messages ones ('popitem(): dictionary is empty', ...)
# hold a str. sys.getrefcount of the key shows the exception's reference while it is caught and
# none once it is gone, including where the runtime itself catches the KeyError (a class body's
# mapping namespace, dict subclasses' __missing__, setdefault, the 'in' of a set of sets).
import sys
import weakref
from collections import OrderedDict, defaultdict


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name

    def __repr__(self):
        print("  (repr of", self.name, "called)")
        return f"Key({self.name!r})"


def caught(label, f, key):
    before = sys.getrefcount(key)
    try:
        f()
    except KeyError as e:
        held = sys.getrefcount(key) - before
        args = e.args
        print(label, "args[0] is key:", bool(args) and args[0] is key, "len(args):", len(args),
              "held while caught:", held)
        del e, args
    print(label, "refcount after:", sys.getrefcount(key) - before)


k = Key("k")
caught("d[k]", lambda: {}[k], k)
caught("d.pop(k)", lambda: {1: 2}.pop(k), k)


def delete():
    d = {1: 2}
    del d[k]


caught("del d[k]", delete, k)
caught("set.remove", lambda: {1}.remove(k), k)
s = {1, 2}
caught("set.remove(set)", lambda: {frozenset({3})}.remove(s), s)
caught("OrderedDict[k]", lambda: OrderedDict()[k], k)
caught("OrderedDict.pop", lambda: OrderedDict(a=1).pop(k), k)
caught("OrderedDict.move_to_end", lambda: OrderedDict(a=1).move_to_end(k), k)


def odict_delete():
    od = OrderedDict(a=1)
    del od[k]


caught("del OrderedDict[k]", odict_delete, k)
caught("defaultdict()[k]", lambda: defaultdict()[k], k)
caught("WeakValueDictionary[k]", lambda: weakref.WeakValueDictionary()[k], k)

t = (1, 2)
for label, f in [("dict pop tuple", lambda: {}.pop(t)), ("OrderedDict pop tuple", lambda: OrderedDict().pop(t)),
                 ("OrderedDict move_to_end tuple", lambda: OrderedDict(a=1).move_to_end(t))]:
    try:
        f()
    except KeyError as e:
        print(label, e.args, e.args[0] is t, str(e))

for label, f in [("popitem", lambda: {}.popitem()), ("set.pop", lambda: set().pop()),
                 ("OrderedDict.popitem", lambda: OrderedDict().popitem()),
                 ("format", lambda: "{name}".format()), ("environ", lambda: __import__("os").environ["PYHEAP_NO_SUCH_VAR"])]:
    try:
        f()
    except KeyError as e:
        print(label, repr(e), str(e), type(e.args[0]).__name__)

# the runtime catches the KeyError itself: nothing keeps the key
print("-- caught inside")


class Missing(dict):
    def __missing__(self, key):
        return "missing " + key.name


before = sys.getrefcount(k)
m = Missing()
print(m[k], m.get(k), m.setdefault(k, 5), m.pop(k), sys.getrefcount(k) - before)


class Namespace(dict):
    def __getitem__(self, name):
        return dict.__getitem__(self, name)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Namespace()


class Body(metaclass=Meta):
    x = len  # a builtin found after the namespace's KeyError
print(Body.x is len)
sets = {frozenset({1})}
probe = {1}
before = sys.getrefcount(probe)
print(probe in sets, {2} in sets, sys.getrefcount(probe) - before)
d = {}
before = sys.getrefcount(k)
for i in range(100):
    try:
        d[k]
    except KeyError:
        pass
print("refcount change after 100 caught KeyErrors:", sys.getrefcount(k) - before)
e = None
try:
    d[k]
except KeyError as exc:
    e = exc
print("kept exception holds it:", sys.getrefcount(k) - before, e.args[0] is k)
del e
print("released:", sys.getrefcount(k) - before)
