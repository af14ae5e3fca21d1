# A small refactoring tool with ast: parse, dump (indent, include_attributes), NodeVisitor
# collecting names and calls, NodeTransformer renaming and folding constants, fix_missing_locations,
# unparse of the result (precedence and parentheses, f-strings, lambdas, comprehensions), literal_eval
# and its errors, get_docstring, iter_child_nodes, increment_lineno, compile of the new tree.
import ast

SRC = '''
"""Module doc."""
import os, sys as system
from math import pi as PI

def area(r: float = 1.0, *, unit="cm") -> str:
    """Area of a circle."""
    value = PI * r ** 2
    return f"{value:.2f} {unit}" if r > 0 else "n/a"

class Shape(Base, metaclass=Meta):
    sides = 2 + 3 * 4
    def scale(self, k):
        return [s * k for s in self.sizes if s], {k: v for k, v in self.d.items()}, lambda x, *a, **kw: x

total = sum(area(r) for r in (1, 2, 3))
x = -(1 + 2) * 3 ** -1 // (4 - 5) and not y or z
'''
tree = ast.parse(SRC)
print(ast.dump(tree.body[3].args, indent=1))
print(ast.dump(ast.parse("a[1:2, ::3] = b.c(*d, e=f)"), include_attributes=False))
print(ast.dump(ast.parse("x = 1").body[0], include_attributes=True))
class Census(ast.NodeVisitor):
    def __init__(self):
        self.names, self.calls, self.funcs = set(), [], []
    def visit_Name(self, node):
        self.names.add(node.id)
    def visit_Call(self, node):
        self.calls.append(ast.unparse(node.func))
        self.generic_visit(node)
    def visit_FunctionDef(self, node):
        self.funcs.append((node.name, node.lineno, node.col_offset, node.end_lineno, [a.arg for a in node.args.args]))
        self.generic_visit(node)
c = Census()
c.visit(tree)
print(sorted(c.names), c.calls, c.funcs)
class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            value = eval(compile(ast.Expression(node), "<fold>", "eval"))
            return ast.copy_location(ast.Constant(value), node)
        return node
    def visit_Name(self, node):
        if node.id == "PI":
            return ast.copy_location(ast.Name("MATH_PI", node.ctx), node)
        return node
new = ast.fix_missing_locations(Fold().visit(ast.parse(SRC)))
print(ast.unparse(new))
for e in ["(a + b) * c", "a + (b * c)", "-x ** 2", "(-x) ** 2", "not (a and b)", "(yield)", "a if b else (c if d else e)", "f(*args, **{'k': 1})",
          "x[::2, None]", "'a' 'b'", "f'{x!r:>{w}}'", "lambda: (yield)", "[*a, *b]", "{**a, 'k': v}", "(a := 1)", "a < b < c", "del a[0], b.c",
          "async def f():\n    async with a as b:\n        await c", "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass"]:
    print(repr(ast.unparse(ast.parse(e))))
for lit in ["[1, 2.5, 'x', None, True, (1,), {'a': {1, 2}}]", "-1+2j", "b'\\x00'", "set()", "1e400"]:
    print(repr(ast.literal_eval(lit)))
for bad in ["__import__('os')", "a + 1", "[1, 2", "{1: f()}"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(" object at ")[0])
print(ast.get_docstring(tree), ast.get_docstring(tree.body[3]), ast.get_docstring(tree.body[4]))
print([type(n).__name__ for n in ast.iter_child_nodes(tree)], [f for f, _ in ast.iter_fields(tree.body[3])])
node = ast.parse("y = 1").body[0]
ast.increment_lineno(node, 10)
print(node.lineno, node.value.lineno, node.end_lineno)
ns = {}
exec(compile(ast.parse("def g(n):\n    return n * 2\nres = g(21)"), "<gen>", "exec"), ns)
print(ns["res"], ast.Constant(5).value, repr(ast.Name(id="x")).split(" at ")[0], ast.dump(ast.Name(id="x")), isinstance(ast.parse("1").body[0].value, ast.Constant))
try:
    ast.parse("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse("x: int = 5", type_comments=True)), ast.dump(ast.parse("1 + 2", mode="eval")))
