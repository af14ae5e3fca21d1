# symtable over the compiler's own scope analysis: every block kind (module, function, class,
# lambda, comprehensions), each Symbol predicate, Function/Class queries, namespaces and their
# ValueErrors, eval and single modes, bytes source with a coding line, future annotations, reprs,
# argument errors and the SyntaxErrors symtable.c raises.
import symtable
src = '''
import os
from sys import path as p
x: int = 1
def outer(a, b=2, *args, c, **kw):
    global g
    y = a
    def inner():
        nonlocal y
        y += 1
        return y, x
    class K:
        z = y
        def m(self):
            return __class__, super()
    g = [i for i in range(3)]
    return inner
class C(object):
    attr = 1
    def meth(self): pass
    def meth(self, q): pass
lam = lambda q: q
'''
top = symtable.symtable(src, "mod.py", "exec")
def show(t, ind=""):
    print(ind + repr(t), t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children())
    print(ind + " ids:", list(t.get_identifiers()))
    for s in t.get_symbols():
        print(ind + "  ", s, s.get_name(), [s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(), s.is_nonlocal(), s.is_declared_global(), s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(), s.is_namespace()], s.get_namespaces())
    if isinstance(t, symtable.Function):
        print(ind + " fn:", t.get_parameters(), t.get_locals(), t.get_globals(), t.get_nonlocals(), t.get_frees())
    if isinstance(t, symtable.Class):
        print(ind + " cls:", t.get_methods())
    for c in t.get_children():
        show(c, ind + "    ")
show(top)
print(top.lookup("outer").get_namespace())
try: top.lookup("C").get_namespace(); print(top.lookup("x").get_namespace())
except ValueError as e: print("ValueError", e)
c = top.lookup("C").get_namespace()
try: c.lookup("meth").get_namespace()
except ValueError as e: print("ValueError", e)
try: top.lookup("nope")
except KeyError as e: print("KeyError", e)
print(top.get_children()[0] is top.get_children()[0], top.lookup("outer") is top.lookup("outer"))
e = symtable.symtable("a + b", "<expr>", "eval")
print(e, [ (s.get_name(), s.is_global()) for s in e.get_symbols()])
s = symtable.symtable("x = 1\n", "<s>", "single")
print(s, s.get_identifiers())
print(symtable.symtable(b"# coding: latin-1\nz = '\xe9'\n", "b.py", "exec").get_identifiers())
g = symtable.symtable("def f():\n  yield from (lambda: (yield))()\n  return {k: v for k, v in d}\n", "g", "exec")
for c in g.get_children()[0].get_children():
    print(c, c.get_identifiers(), c.get_parameters(), c.is_nested())
ann = symtable.symtable("from __future__ import annotations\ndef f(a: int) -> str: pass\nclass A:\n  x: list[int]\n", "ann", "exec")
for t in [ann] + ann.get_children():
    print(t, [(s.get_name(), s.is_annotated(), s.is_local()) for s in t.get_symbols()])
for bad in [(1, "f", "exec"), ("x", "f", "bad"), ("x", "f", b"exec"), ("x", 3, "exec")]:
    try: symtable.symtable(*bad)
    except Exception as ex: print(type(ex).__name__, ex)
for src in ["x = (", "def f():\n  x = 1\n  global x\n", "def f():\n  nonlocal q\n", "def f(a, a): pass"]:
    try: symtable.symtable(src, "bad.py", "exec")
    except SyntaxError as ex: print(type(ex).__name__, ex, ex.lineno, ex.offset)
print(sorted(symtable.__all__))
import _symtable
print(type(_symtable.symtable("x", "f", "exec")))
print(symtable.symtable("x", "f", "exec").get_children())
