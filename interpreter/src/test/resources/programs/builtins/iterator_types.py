# enumerate, zip, map, filter and reversed are built-in types (bltinmodule.c, enumobject.c):
# isinstance works, type() names them, their reprs are the default one, they are GC-tracked and
# can be subclassed (a subclass's constructor goes through tp_new with an argument tuple).
import gc
m = map(len, ["a", "bb"])
print(isinstance(m, map), type(m) is map, type(zip()), type(enumerate([])), type(filter(None, [])))
print(type(reversed([1, 2, 3])), type(reversed("abc")), type(reversed(range(3))).__name__)
for it in (zip(), map(str, []), enumerate(()), filter(None, ()), reversed("ab")):
    r = repr(it)
    print(r.startswith("<" + type(it).__name__ + " object at 0x"), r.endswith(">"), gc.is_tracked(it))
print(list(m), zip.__name__, map.__module__, callable(zip), isinstance(zip, type))


class Z(zip):
    def __repr__(self):
        return "Z!"


z = Z([1, 2], "ab")
print(z, list(z), isinstance(z, zip), [c.__name__ for c in type(z).__mro__])


class E(enumerate):
    pass


print(list(E("ab", start=5)), list(E(iterable="xy")), list(E("ab", 10)))


class M(map):
    pass


class F(filter):
    pass


class R(reversed):
    pass


print(list(M(abs, [-1, -2])), list(F(None, [0, 1, 2])), list(R("abc")), type(R([1])).__name__)
print(list(zip([1, 2], "ab", strict=True)), list(enumerate("ab", True)))
