# Code objects as codeobject.c makes them: == and hash over their fields (the constants by
# _PyCode_ConstantKey, so 0 and 0.0 and -0.0 differ), co_lines() and co_positions() read from the
# location table, co_lnotab rebuilt from it, _varname_from_oparg, _co_code_adaptive.
import types


def walk(code):
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from walk(c)


src = '''
def f(a, b=2, *args, c, **kw):
    x = a + b
    if x > 3:
        return [y * 2 for y in args
                if y]
    def inner(z):
        return x + z
    return inner(
        c)

g = lambda q: (q,
               q * 2)

class K:
    def m(self):
        try:
            return self.missing
        except AttributeError as e:
            return {k: v for k, v in
                    self.__dict__.items()}
'''
top = compile(src, "<probe>", "exec")
for code in walk(top):
    print(code.co_qualname)
    print("  lines", list(code.co_lines()))
    print("  positions", list(code.co_positions())[:12])
    print("  lnotab", code.co_lnotab)
    print("  units", len(list(code.co_positions())) * 2 == len(code.co_code))
    print("  adaptive", type(code._co_code_adaptive).__name__, len(code._co_code_adaptive) == len(code.co_code))
    names = [code._varname_from_oparg(i) for i in range(len(code.co_varnames + code.co_cellvars + code.co_freevars))]
    print("  varnames", names)

# the same source compiled twice gives equal code objects with equal hashes
a = compile("def h(x):\n    return x + 1\n", "<same>", "exec")
b = compile("def h(x):\n    return x + 1\n", "<same>", "exec")
print("equal", a == b, a != b, hash(a) == hash(b), a is b)
print("other file", a == compile("def h(x):\n    return x + 1\n", "<other>", "exec"))
print("other line", a == compile("\ndef h(x):\n    return x + 1\n", "<same>", "exec"))
print("other name", compile("x = 1", "s", "exec") == compile("y = 1", "s", "exec"))
for e1, e2 in (("0", "0.0"), ("0.0", "-0.0"), ("1", "True"), ("(1, 2)", "(1, 2.0)"), ("b'a'", "'a'"),
               ("1j", "1j"), ("-0j", "0j"), ("frozenset({1})", "frozenset({1.0})"), ("'s'", "'s'")):
    c1 = compile(e1, "c", "eval")
    c2 = compile(e2, "c", "eval")
    print(e1, "vs", e2, c1 == c2, hash(c1) == hash(c2) if c1 == c2 else "-")
print("set of codes", len({a, b}))
print("ordering", a.__lt__(b), a.__eq__(1), a.__ne__("x"))
try:
    a < b
except TypeError as e:
    print("TypeError", e)
print("lambda vs lambda", (lambda: 1).__code__ == (lambda: 1).__code__)
try:
    top._varname_from_oparg(999)
except IndexError as e:
    print("IndexError", e)
try:
    top._varname_from_oparg()
except TypeError as e:
    print("TypeError", e)
fcode = [c for c in walk(top) if c.co_name == "f"][0]
print("by keyword", fcode._varname_from_oparg(oparg=1), fcode._varname_from_oparg(True))
print(sorted(k for k in vars(types.CodeType) if k.startswith(("co_l", "co_p", "_co", "_var", "__eq", "__hash"))))
