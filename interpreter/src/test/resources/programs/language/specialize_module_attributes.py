# Attribute loads and method-style calls on a module at one site (mod.x, mod.f()), run many times
# while the module's namespace changes under them: rebinding, deleting, adding another name, a
# dunder name, a module subclass and another module at the same site. Every change is seen at
# once, and refcounts of the values read are CPython's.
import sys
import types

mod = types.ModuleType("m")
mod.x = "first"
mod.f = lambda: "f1"


def read_x(m):
    return m.x


def call_f(m):
    return m.f()


def read_doc(m):
    return m.__doc__


def runs(values):
    """[value, count] for each run of equal values."""
    result = []
    for v in values:
        if result and result[-1][0] == v:
            result[-1][1] += 1
        else:
            result.append([v, 1])
    return result


# more than the 53 misses a site waits after a change, between changes: each change meets a specialized site
xs, fs = [], []
for i in range(400):
    if i == 100:
        mod.x = "second"
        mod.f = lambda: "f2"
    if i == 180:
        del mod.x
    if i == 250:
        mod.y = "an unrelated name"
    if i == 320:
        mod.x = "third"
    try:
        xs.append(read_x(mod))
    except AttributeError as e:
        xs.append("AttributeError: " + str(e))
    fs.append(call_f(mod))
print(runs(xs))
print(runs(fs))

other = types.ModuleType("other")
other.x = "other x"
other.f = lambda: "other f"
print([read_x(m) for m in (mod, other, mod, other)])
print([call_f(m) for m in (mod, other, other, mod)])


class Sub(types.ModuleType):
    @property
    def x(self):
        return "property of the subclass"


sub = Sub("sub")
sub.__dict__["x"] = "hidden by the property"
sub.f = lambda: "sub f"
print([read_x(m) for m in (mod, sub, mod)])
print([call_f(m) for m in (sub, mod)])

mod.__doc__ = "doc one"
print([read_doc(mod) for _ in range(5)])
mod.__doc__ = "doc two"
print(read_doc(mod))

value = object()
mod.v = value
before = sys.getrefcount(value)
got = [mod.v for _ in range(20)]
print(sys.getrefcount(value) - before)
got = None
print(sys.getrefcount(value) - before)
mod.v = None
print(sys.getrefcount(value) - before + 1)

for name in ("sqrt", "floor"):
    import math
    print(name, [getattr(math, name)(16.5) for _ in range(2)], math.pi)
