# gc.get_referents(function) lists what func_traverse visits, in its order: the code, the globals,
# the builtins, __module__, the defaults, the keyword defaults, the doc, the name, the __dict__, the
# closure, the annotations and the qualified name (each when set).
import gc


def plain():
    pass


def documented(a, b=[1], *, c={}):
    "a docstring"
    return a


def outer():
    x = 1

    def inner(y: int) -> int:
        return x + y

    return inner


def names(f):
    out = []
    for r in gc.get_referents(f):
        if r is f.__globals__:
            out.append("globals")
        elif isinstance(r, dict) and "len" in r:
            out.append("builtins")
        else:
            out.append(type(r).__name__ + ("=" + r if isinstance(r, str) else ""))
    return out


print(names(plain))
print(names(documented))
documented.tag = "t"
print(names(documented))
print(names(outer()))
print(names(lambda: 0))
