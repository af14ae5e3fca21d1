# gc.get_referents (each type's tp_traverse, in its order) for the objects between the containers:
# cells, bound methods (function then instance), staticmethod/classmethod wrappers, property,
# functools.partial, the list/tuple/dict/set/str iterators (their sequence, none once exhausted),
# enumerate, zip (its iterators and its result tuple), map, filter, reversed, slice objects,
# mappingproxy, super, a module, a function (code, globals, name, qualname, closure...), a
# method-wrapper, a built-in method (its self) and a generator (its code, names and frame).
import functools
import gc
import types


def names(obj):
    out = []
    for r in gc.get_referents(obj):
        if isinstance(r, type):
            out.append("type:" + r.__name__)
        elif isinstance(r, str):
            out.append(repr(r))
        elif isinstance(r, (int, tuple)) and not r:
            out.append(repr(r))
        else:
            out.append(type(r).__name__)
    return out


class Thing:
    label = "thing"

    def method(self):
        return self

    @staticmethod
    def smeth():
        return 1

    @classmethod
    def cmeth(cls):
        return cls

    @property
    def prop(self):
        return 1


def outer():
    value = [1]

    def inner():
        return value

    return inner


inner = outer()
print("cell:", names(inner.__closure__[0]))
print("closure tuple:", names(inner.__closure__))
t = Thing()
print("bound method:", names(t.method))
print("staticmethod:", names(Thing.__dict__["smeth"]))
print("classmethod:", names(Thing.__dict__["cmeth"]))
print("property:", names(Thing.__dict__["prop"]))
print("partial:", names(functools.partial(max, 1, key=abs)))

lst = [1, 2]
it = iter(lst)
print("list iterator:", names(it))
list(it)
print("exhausted list iterator:", names(it))
print("tuple iterator:", names(iter((1, 2))))
print("str iterator tracked:", gc.is_tracked(iter("ab")), names(iter("ab")))
print("dict key iterator:", names(iter({1: 2})))
print("set iterator:", names(iter({1, 2})))
print("range iterator tracked:", gc.is_tracked(iter(range(3))))
print("enumerate:", names(enumerate(lst)))
z = zip(lst, lst)
print("zip before next:", names(z))
next(z)
print("zip after next:", names(z))
print("map:", names(map(abs, lst)))
print("filter:", names(filter(None, lst)))
print("reversed:", names(reversed(lst)))
print("slice:", gc.is_tracked(slice(1, 2)), names(slice(lst, None, 2)))
print("mappingproxy:", names(Thing.__dict__))
s = super(Thing, t)
print("super:", names(s))
mod = types.ModuleType("scratch")
print("module:", names(mod))
print("function count:", len(gc.get_referents(inner)), sorted(set(names(inner)) - {"dict"}))
print("method-wrapper:", names(t.__str__))
print("builtin method:", names(lst.append))
print("generator of a genexp:", names(x for x in lst))
