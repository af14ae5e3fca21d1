# Subscripts and comparisons at one site, run many times with the operand types changing under
# them: exact lists, tuples and dicts (3.11's BINARY_SUBSCR_LIST_INT, _TUPLE_INT, _DICT,
# STORE_SUBSCR_LIST_INT, _DICT), their subclasses, other index types, and str == / !=
# (COMPARE_OP_STR_JUMP): every answer, error and reference count as without the fast paths.
import sys


def get(c, i):
    return c[i]


def put(c, i, v):
    c[i] = v


def same(a, b):
    if a == b:
        return "eq"
    return "ne"


def differ(a, b):
    return a != b


lst = list(range(10))
tup = tuple(range(10))
dct = {i: i * i for i in range(10)}
total = 0
for n in range(200):
    i = n % 10
    total += get(lst, i) + get(tup, i) + get(dct, i)
    put(lst, i, get(lst, i) + 1)
    put(dct, i, get(dct, i) + 1)
print("loop:", total, lst, dct[9])

# indices the fast paths leave to the slots
print("negative:", get(lst, -1), get(tup, -2))
print("bool:", get(lst, True), get(tup, False))
print("big:", get([1, 2], 2 ** 70 - 2 ** 70 + 1))
print("slice:", get(lst, slice(1, 3)), get(tup, slice(None, None, 4)))
for c, i in ((lst, 10), (tup, 10), (lst, 2 ** 40), (tup, -11)):
    try:
        get(c, i)
    except IndexError as e:
        print(type(c).__name__, i, "IndexError:", e)
try:
    put(lst, 10, 0)
except IndexError as e:
    print("store IndexError:", e)
try:
    get(lst, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    get(dct, "missing")
except KeyError as e:
    print("KeyError:", e)
try:
    get(dct, [])
except TypeError as e:
    print("TypeError:", e)
try:
    put(dct, [], 1)
except TypeError as e:
    print("TypeError:", e)
put(lst, -1, "last")
print("negative store:", lst[-1])


class Missing(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


class Twice(list):
    def __getitem__(self, i):
        return 2 * list.__getitem__(self, i)

    def __setitem__(self, i, v):
        list.__setitem__(self, i, -v)


print("subclasses:", get(Missing(a=1), "a"), get(Missing(), "b"), get(Twice([1, 2, 3]), 1))
tw = Twice([1, 2, 3])
put(tw, 0, 5)
print("subclass store:", [list.__getitem__(tw, i) for i in range(3)])


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("Key.__eq__", self.name, other.name)
        return self.name == other.name


kd = {Key("a"): 1}
print("custom key:", get(kd, Key("a")))
put(kd, Key("a"), 2)
print("custom key stored:", list(kd.values()))

# str comparisons: exact strs, subclasses with their own __eq__, mixed types
words = ["spam", "eggs", "spam", "ham"]
print([same(w, "spam") for w in words], [differ(w, "spam") for w in words])


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str(self), other)
        return True

    __hash__ = str.__hash__


print(same(Loud("x"), "y"), same("y", Loud("x")), same("1", 1), differ("a", "a" * 1), same("é", "é"))

# reference counts: the item handed out is counted as without the fast path
item = object()
holder = [item]
td = {"k": item}
counts = set()
for _ in range(100):
    counts.add(sys.getrefcount(get(holder, 0)))
    counts.add(sys.getrefcount(get((item,), 0)))
    counts.add(sys.getrefcount(get(td, "k")))
print("refcounts:", sorted(counts), sys.getrefcount(item))


# the order objects die in when a store replaces the last reference
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


box = [Noisy("old")]
put(box, 0, Noisy("new"))
dbox = {"k": Noisy("old in dict")}
put(dbox, "k", Noisy("new in dict"))
print("stored:", box[0].name, dbox["k"].name)
del box, dbox
print("end")
