# del removes names, items, slices and attributes.
x = 1
del x
print("x" in globals())
L = list(range(10))
del L[0]
del L[-1]
del L[::2]
print(L)
d = {"a": 1, "b": 2}
del d["a"]
print(d)

class O:
    pass

o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
