# __slots__ on subclasses of list and dict, __dict__ on an int subclass (a dict pointer at the end
# of the int), and the errors CPython's type_new gives for layouts it cannot make.
class Pair(list):
    __slots__ = ("left", "right")

p = Pair([1, 2, 3])
p.left, p.right = "L", "R"
print(p, p.left, p.right, hasattr(p, "__dict__"))
try:
    p.other = 1
except AttributeError as e:
    print("AttributeError:", e)
del p.left
print(hasattr(p, "left"))

class Counts(dict):
    __slots__ = ("total",)

c = Counts(a=1)
c.total = 10
print(c, c.total, Counts.__basicsize__ - dict.__basicsize__)

class Tagged(int):
    pass

t = Tagged(41)
t.tag = "answer"
print(t + 1, t.tag, vars(t), Tagged.__dictoffset__)
del t.tag
print(vars(t))

class WithDict(list):
    __slots__ = ("__dict__",)

w = WithDict()
w.x = 1
print(w.__dict__, WithDict.__weakrefoffset__)

for bases, ns in [((int,), {"__slots__": ("a",)}),
                  ((bytes,), {"__slots__": ("__dict__",)}),
                  ((list,), {"__slots__": ("__weakref__", "__weakref__")}),
                  ((WithDict,), {"__slots__": ("__dict__",)}),
                  ((Pair, Counts), {}),
                  ((list, dict), {})]:
    try:
        type("X", bases, ns)
        print("made", [b.__name__ for b in bases])
    except TypeError as e:
        print("TypeError:", e)
