# code.__new__ (code_new_impl and PyCode_NewWithPosOnlyArgs) and code.replace() with any field:
# the argument checks and their order, cellvars merged into the varnames they name, the new code
# object equal to the original and runnable; replace() of the consts, names, varnames, code.
import types


def f(a, b=1):
    x = a
    def g():
        return x
    return g


c = f.__code__
args = (c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags,
        c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name, c.co_qualname,
        c.co_firstlineno, c.co_linetable, c.co_exceptiontable, c.co_freevars, c.co_cellvars)
n = types.CodeType(*args)
print(n == c, hash(n) == hash(c), n.co_flags == c.co_flags, n.co_varnames, n.co_cellvars, n.co_freevars)
print(n.co_consts == c.co_consts, n.co_name, n.co_qualname, n.co_firstlineno == c.co_firstlineno)
h = types.FunctionType(n, globals())
print(h(5, 0)(), list(n.co_lines()) == list(c.co_lines()))


def fail(a2):
    try:
        types.CodeType(*a2)
        print("made")
    except Exception as e:
        print(type(e).__name__, e)


for i, bad in ((3, 5), (0, -1), (1, -2), (2, -1), (3, -1), (1, 3), (8, (1,)), (9, ("a", 2)), (6, b"abc"),
               (6, "x"), (7, []), (10, 1), (11, b"n"), (0, "x"), (16, []), (13, -1), (5, -1), (4, -1), (0, 2 ** 40)):
    a2 = list(args)
    a2[i] = bad
    fail(a2)
a2 = list(args)
a2[9] = ("a",)
a2[3] = 1
fail(a2)
a2 = list(args)
a2[3] = 5
a2[4] = -1
fail(a2)
a2 = list(args)
a2[8] = (1,)
a2[4] = -1
fail(a2)
a2 = list(args)
a2[3] = -1
a2[8] = (1,)
fail(a2)
fail(args[:3])
fail(args + (1,))
try:
    types.CodeType(*args[:16], freevars=())
except TypeError as e:
    print("TypeError", e)
print(types.CodeType(*args[:16]).co_freevars)
a2 = list(args)
a2[17] = ("a",)
k = types.CodeType(*a2)
print(k.co_cellvars, k.co_varnames, k.co_nlocals, k._varname_from_oparg(0), k == c)
a2 = list(args)
a2[17] = ("zz", "x")
k = types.CodeType(*a2)
print(k.co_cellvars, k.co_varnames, len(k.co_varnames + k.co_cellvars))

# replace()
def add(p, q):
    return p + q * 2
r = add.__code__.replace(co_consts=(None, 3))
print(r.co_consts, types.FunctionType(r, {})(1, 2), r == add.__code__)
r = add.__code__.replace(co_varnames=("q", "p"))
print(r.co_varnames, types.FunctionType(r, {})(1, 2))
r = add.__code__.replace(co_name="plus", co_firstlineno=1)
print(r.co_name, r.co_qualname, r.co_firstlineno, r == add.__code__)
r = add.__code__.replace(co_filename="other.py")
print(r.co_filename, r == add.__code__)
def uses_len(s):
    return len(s)
r = uses_len.__code__.replace(co_names=("sorted",))
print(types.FunctionType(r, {"__builtins__": __builtins__})("cab"))
for kw in ({"co_code": "x"}, {"co_argcount": "1"}, {"co_consts": [1]}, {"co_filename": 1}, {"co_nlocals": 7},
           {"co_varnames": (1, 2)}, {"co_bogus": 1}):
    try:
        add.__code__.replace(**kw)
        print("replaced")
    except Exception as e:
        print(type(e).__name__, e)
try:
    add.__code__.replace(1)
except TypeError as e:
    print("TypeError", e)
