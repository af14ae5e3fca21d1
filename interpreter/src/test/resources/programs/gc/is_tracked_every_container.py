# gc.is_tracked for each built-in container over its life, as CPython 3.11 decides it: lists,
# sets, frozensets (even empty) and deques are tracked from creation whatever they hold, and stay
# so when emptied; bytes, bytearray, str and numbers are not GC objects; tuples built at run time
# are tracked until a collection finds only atoms in them (a tuple of such tuples goes in the same
# collection: the inner one is judged first), constants and () never are; dicts follow
# MAINTAIN_TRACKING, but instances of dict subclasses (OrderedDict, defaultdict, Counter) are
# always tracked; static types like int are not tracked, classes made at run time are; cells,
# functions, properties, modules and iterators are, code objects are not.
import collections
import gc
import types


def t(obj):
    return gc.is_tracked(obj)


print("list [] / [1] / [[]]:", t([]), t([1]), t([[]]))
print("set() / {1}:", t(set()), t({1}))
print("frozenset() / frozenset({1}):", t(frozenset()), t(frozenset({1})))
print("deque():", t(collections.deque()))
print("bytearray / bytes / str / int / float:", t(bytearray(b"x")), t(b"x"), t("x"), t(1), t(1.5))
print("range / slice / memoryview:", t(range(3)), t(slice(1, 2)), t(memoryview(b"ab")))

built = tuple([1, 2, 3])
holder = tuple([[1], 2])
nested = tuple([built, "s"])
print("run-time tuples:", t(built), t(holder), t(nested))
gc.collect()
print("after one collection:", t(built), t(holder), t(nested))
print("constant tuple:", t((1, 2, 3)))
print("empty tuple:", t(()))

od = collections.OrderedDict()
print("OrderedDict empty / with atoms:", t(od), t(collections.OrderedDict(a=1)))
dd = collections.defaultdict(int)
print("defaultdict(int):", t(dd), "empty dict:", t({}))
c = collections.Counter("hello")
print("Counter of a str:", t(c))
gc.collect()
print("Counter after collect:", t(c))
cm = collections.ChainMap({}, {})
print("ChainMap:", t(cm))
ns = types.SimpleNamespace(a=1)
print("SimpleNamespace:", t(ns))


def closure():
    x = 1

    def inner():
        return x
    return inner


cell = closure().__closure__[0]
print("cell of an int:", t(cell))
print("function / code:", t(closure), t(closure.__code__))
print("property / classmethod:", t(property()), t(classmethod(len)))
print("module / type:", t(gc), t(int), t(type("K", (), {})))
print("iterators: list / tuple / dict:", t(iter([])), t(iter(())), t(iter({})))
print("zip / map / enumerate:", t(zip()), t(map(len, [])), t(enumerate([])))

lst = [1]
lst.clear()
print("list after clear:", t(lst))
s = {1}
s.pop()
gc.collect()
print("set after pop and collect:", t(s))
