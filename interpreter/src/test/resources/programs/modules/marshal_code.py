# marshal round-trips code objects in 3.11's layout: a function's code (arguments of every kind,
# cells and free variables, nested code, constants of each type) comes back with the same fields
# and runs; a module compiled with compile() is written, read back and executed.
import marshal


def outer(a, b=2, /, c=3, *rest, d, e=5, **kw):
    total = a + b + c + d + e + len(rest) + len(kw)

    def inner(x):
        return x * total + a

    values = (None, True, 1.5, 2j, b"bytes", "text", frozenset({1}), (1, ("n",)), 10**30, ...)
    return inner, values


code = outer.__code__
back = marshal.loads(marshal.dumps(code))
fields = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
          "co_code", "co_consts", "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_filename",
          "co_name", "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable"]


def same(a, b):
    """Field by field, nested code objects too."""
    if type(a) is type(code) and type(b) is type(code):
        return all(same(getattr(a, f), getattr(b, f)) for f in fields)
    if type(a) is tuple and type(b) is tuple:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


for field in fields:
    mine, theirs = getattr(back, field), getattr(code, field)
    if field in ("co_code", "co_consts", "co_linetable", "co_filename"):
        print(field, same(mine, theirs))
    else:
        print(field, mine)
print(type(back).__name__, same(back, code), back is code)


def rebuilt(a, b=2, /, c=3, *rest, d, e=5, **kw):
    pass


rebuilt.__code__ = back
inner, values = rebuilt(1, 2, 3, 4, d=10, z=0)
print(inner(2), values)
print(inner.__code__.co_freevars, inner.__code__.co_qualname)

source = '''
import math
def area(r):
    return round(math.pi * r * r, 3)
class Shape:
    sides = 4
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
print("module body runs", area(2.0), Shape().describe())
try:
    1 / 0
except ZeroDivisionError as err:
    print("caught", err)
'''
module_code = compile(source, "<marshalled>", "exec")
data = marshal.dumps(module_code)
print(type(data).__name__, data[:1] in (b"c", b"\xe3"))
namespace = {"__name__": "marshalled"}
exec(marshal.loads(data), namespace)
print(sorted(k for k in namespace if not k.startswith("__")))
print(same(marshal.loads(marshal.dumps(module_code)), module_code))
