# global statements, del of names, items, slices and attributes, NameError after del, chained
# comparisons (evaluated once, short-circuit), and boolean operators returning operands.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def make_global():
    global created
    created = "made inside"


make_global()
print(created)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = list(range(10))
del items[0]
del items[-1]
del items[1:3]
del items[::2]
print(items)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Obj:
    pass


o = Obj()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in globals())


def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(f())


def noisy(v):
    print(f"  eval {v}")
    return v


print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 != 2, "a" < "b" < "c")
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
x = 5
print(0 <= x < 10, not 0 <= x < 3, x in [5] in [[5]], 1 < x is not None)
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, None or 0, [] and "no")
print(not [], not [0], True + (not False), (x > 3) * 10)
print(any([noisy(0), noisy(1), noisy(2)]))
print(all(noisy(v) for v in [1, 0, 2]))
val = None
result = val if val is not None else "fallback"
print(result, 1 if [] else 2, "yes" if "no" else "no")
if not (0 < x < 3 or x == 5):
    print("unreachable")
else:
    print("x is five")
